"""Seconds per stage of one file's analysis on 1 MB of real prose (the sample corpus's
essays as one plain text, ``hostile.corpus_essays``), in this process.

Run on one core, the model loaded first (not counted):

    taskset -c 0 .venv/bin/python bench/prose_speed.py            # 1 MB
    taskset -c 0 .venv/bin/python bench/prose_speed.py --kb 256

Each stage is timed by wrapping the module function that does it (CPU seconds of this
process, wall seconds beside them); "model" is the spaCy pass over every piece, "parse" the
dependency parse of event-label sentences (inside "events"). The machine's load average is
printed with the figures: on a shared machine the wall time says more about the others.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# (module, function) pairs timed, under the name shown
STAGES = {
    "read+structure": ("vitrina.pipeline", "read_parts"),
    "model": ("vitrina.extract.modelpass", "analyse_pieces"),
    "mentions": ("vitrina.extract.entities", "find_mentions"),
    "locative places": ("vitrina.extract.places", "locative_places"),
    "cluster": ("vitrina.extract.cluster", "cluster"),
    "dates": ("vitrina.extract", "find_all_dates"),
    "quantities": ("vitrina.extract", "_quantities"),
    "quotes": ("vitrina.extract.quotes", "find_quotes"),
    "events": ("vitrina.extract.events", "find_events"),
    "parse (in events)": ("vitrina.extract.nlp", "Analysis.parses"),
}

spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])


def _timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name][0] += time.process_time() - cpu
            spent[name][1] += time.perf_counter() - wall
    return wrapper


def instrument() -> None:
    for name, (module_name, attr) in STAGES.items():
        owner: Any = importlib.import_module(module_name)
        *path, last = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, last, _timed(name, getattr(owner, last)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, default=1000, help="kilobytes of prose (default 1000)")
    parser.add_argument("--file", type=Path, help="measure this file instead of the corpus text")
    parser.add_argument("--json", action="store_true", help="print one JSON object (bench/run.py)")
    args = parser.parse_args()
    os.environ.setdefault("VITRINA_CORES", "1")
    if hasattr(os, "sched_setaffinity"):  # one core, as `taskset -c 0` would
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from hostile import SHARED, corpus_essays

    from vitrina.extract import warm_up
    from vitrina.pipeline import analyse_file

    warm_up()
    instrument()
    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "prose.txt"
        if not args.file:
            data = corpus_essays(args.kb * 1000)
            if not data:
                print(f"the sample corpus ({SHARED / 'corpus' / 'milestones'}) is not there")
                return 1
            path.write_bytes(data)
        cpu, wall = time.process_time(), time.perf_counter()
        docs = analyse_file(path)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        import json

        print(json.dumps({"bytes": path.stat().st_size if args.file else args.kb * 1000, "parts": len(docs),
                          "load": round(os.getloadavg()[0], 1), "peak_mb": round(peak), "cpu": round(cpu, 2),
                          "wall": round(wall, 2), "stages": {k: round(spent[k][0], 2) for k in STAGES}}))
        return 0
    print(f"{path.stat().st_size if args.file else args.kb * 1000} bytes, {len(docs)} part(s); "
          f"load average {os.getloadavg()[0]:.1f}; peak RSS {peak:.0f} MB")
    print("| stage | CPU s | wall s |\n| --- | ---: | ---: |")
    for name in STAGES:
        print(f"| {name} | {spent[name][0]:.2f} | {spent[name][1]:.2f} |")
    print(f"| **total** | **{cpu:.2f}** | **{wall:.2f}** |")
    facts = sum(len(d.mentions) for d in docs), sum(len(d.dates) for d in docs), sum(len(d.events) for d in docs)
    print(f"mentions {facts[0]}, dates {facts[1]}, events {facts[2]}, "
          f"quotes {sum(len(d.quotes) for d in docs)}, entities {sum(len(d.entities) for d in docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
