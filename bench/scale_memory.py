"""Where the linking row's memory goes, stage by stage: tracemalloc and RSS at each boundary.

    PYTHONPATH=src .venv/bin/python bench/scale_memory.py --base BUILD.db [--factors 1,4,16] [--top 8] [--json FILE]

For each factor, in a fresh interpreter, the build process's own part runs as ``bench/scale.py``'s linking
rows run it (the 1x build's analyses copied ``factor`` times, no extraction, no comparisons): staging,
linking, the write of the entities, the write of the documents. At each boundary (and inside linking: once the
merge rules are done, before the groups are built) it records the Python heap traced by tracemalloc (held
now, and the peak since the last boundary) and the process's RSS, and at the boundary with the largest heap
the allocation sites holding most of it. tracemalloc slows the run about twofold; its heap is what Python
objects hold (RSS adds the interpreter, SQLite's caches and the allocator's free arenas).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT = "MEMORY-RESULT "


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Probe:
    """Heap and RSS at named boundaries; the top allocation sites where the heap is largest."""

    def __init__(self, top: int) -> None:
        self.top = top
        self.marks: list[dict[str, Any]] = []
        self.largest: tuple[float, str, list[str]] = (0.0, "", [])
        tracemalloc.start(1)

    def mark(self, name: str) -> None:
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        self.marks.append({"at": name, "held_mb": round(held / 2**20, 1), "peak_since_mb": round(peak / 2**20, 1),
                           "rss_mb": round(rss_mb(), 1)})
        if held / 2**20 > self.largest[0]:
            stats = tracemalloc.take_snapshot().statistics("lineno")[: self.top]
            self.largest = (held / 2**20, name, [f"{s.size / 2**20:.1f} MB {s.count} blocks "
                                                 f"{s.traceback[0].filename.rsplit('/', 2)[-1]}:{s.traceback[0].lineno}"
                                                 for s in stats])


def run(base: str, factor: int, out: str, top: int) -> dict[str, Any]:
    import contextlib
    import json as json_

    from vitrina import link
    from vitrina.link import link_summaries
    from vitrina.pipeline import StagedSummaries, _linked_rows
    from vitrina.serialize import document_from_dict
    from vitrina.store import connect_readonly, write_stream
    from vitrina.store.staging import Staging

    probe = Probe(top)
    build = link._build

    def probed_build(*args: Any) -> Any:
        probe.mark("link: merge rules done")
        return build(*args)

    link._build = probed_build  # type: ignore[assignment]
    with Staging(out) as staging, contextlib.closing(connect_readonly(base)) as conn:
        probe.mark("start")
        analyses = []
        for c in range(factor):
            for sha, raw in conn.execute("SELECT sha256, analysis FROM documents ORDER BY ordinal"):
                doc = document_from_dict(json_.loads(raw))
                doc = doc.evolve(id=f"{doc.id}-c{c}", source=f"{doc.source}-c{c}", text=doc.text + " " * c)
                analyses.append((sha, staging.add(doc)))
        probe.mark("staged")
        linked = link_summaries(StagedSummaries(analyses))
        probe.mark("linked")

        def entities() -> Any:
            yield from linked.complete()
            probe.mark("entities written")

        def rows() -> Any:
            for n, row in enumerate(_linked_rows(analyses, linked)):
                yield row
                if n == len(linked.starts) // 2:
                    probe.mark("half the documents written")

        documents = len(analyses)
        write_stream(out, entities(), rows())
        probe.mark("written")
    return {"factor": factor, "documents": documents, "marks": probe.marks,
            "largest_at": probe.largest[1], "largest_mb": round(probe.largest[0], 1), "top": probe.largest[2]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="a 1x build whose analyses are copied")
    parser.add_argument("--factors", default="1,4,16")
    parser.add_argument("--dir", type=Path, default=Path("build/scale-memory"))
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        task = json.loads(args.worker)
        print(RESULT + json.dumps(run(task["base"], task["factor"], task["out"], task["top"])), flush=True)
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    results = []
    for factor in (int(f) for f in args.factors.split(",")):
        task = {"base": str(Path(args.base).resolve()), "factor": factor, "top": args.top,
                "out": str((args.dir / f"link{factor}.db").resolve())}
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run([sys.executable, __file__, "--worker", json.dumps(task)], capture_output=True,
                              text=True, env=env, check=False)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT)]
        if not lines:
            print(done.stderr[-2000:], file=sys.stderr)
            return 1
        result = json.loads(lines[-1][len(RESULT):])
        results.append(result)
        print(f"{factor}x: {result['documents']} documents")
        for m in result["marks"]:
            print(f"  {m['at']:28} heap held {m['held_mb']:6.1f} MB, peak since last {m['peak_since_mb']:6.1f} MB, "
                  f"RSS {m['rss_mb']:6.1f} MB")
        print(f"  largest heap at '{result['largest_at']}' ({result['largest_mb']} MB):")
        for line in result["top"]:
            print(f"    {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
