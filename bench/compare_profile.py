"""Where the comparisons stage's time and memory go, part by part, on a written exhibit.

    PYTHONPATH=src .venv/bin/python bench/compare_profile.py DB [DB ...] [--heap] [--profile 25] [--json FILE]

For each database (e.g. the ``linkN.db`` that ``bench/scale.py``'s linking rows leave in ``--workdir``), in a
fresh interpreter, ``vitrina.compare.store_comparisons`` runs as a build runs it and every entry is consumed.
Its parts (the statements read, the pairs judged the same, the groups and their verdicts, the sentences retold
with another name, the "when" candidates, the outcomes, the sentences told with another name in one
role and their candidate pairs, the role comparisons and their candidates, the clause comparisons and their ranked
pairs, the uncertain pairs read as one occasion, the sort and the write of the entries) are timed by wrappers: CPU seconds spent inside each (inclusive of the parts it
calls: ``_same_pairs`` is inside ``_grouped``), the counts of what it yields, RSS when it ends and the peak RSS
while it runs (sampled every 50 ms). ``--heap`` adds tracemalloc's heap at each part's end and its peak (about
twice as slow); ``--profile N`` the N functions with the most own time (cProfile, wall clock; slows the run too).
The SHA-256 of the entries (keys and values, in order) tells two versions of the code apart on one database.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT = "PROFILE-RESULT "
# The parts timed: (module, function) of vitrina; generators are timed over their whole iteration.
PARTS = (
    ("compare", "_statements"),
    ("compare", "_same_pairs"),
    ("compare", "_grouped"),
    ("compare", "_groups"),
    ("compare", "_verdict"),
    ("compare", "_participant_comparisons"),
    ("roles", "when_candidates"),
    ("roles", "when_comparisons"),
    ("compare", "_role_swaps"),
    ("polarity", "outcome_comparisons"),
    ("renamed", "renamed_comparisons"),
    ("renamed", "candidate_pairs"),
    ("renamed", "role_swap"),
    ("roles", "streamed_role_comparisons"),
    ("roles", "streamed_candidates"),
    ("clauses", "clause_comparisons"),
    ("clauses", "ranked_pairs"),
    ("compare", "_on_one_occasion"),
)
SAMPLE_S = 0.05


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Parts:
    """CPU seconds, calls, items yielded, RSS at the end and peak RSS of each wrapped part."""

    def __init__(self, heap: bool) -> None:
        self.heap = heap
        self.stats: dict[str, dict[str, float]] = {}
        self.active: list[str] = []
        self.peak = 0.0
        if heap:
            import tracemalloc

            tracemalloc.start(1)
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, rss_mb())
            for name in self.active:
                s = self.stats[name]
                s["peak_rss_mb"] = max(s["peak_rss_mb"], self.peak)
            time.sleep(SAMPLE_S)

    def _entry(self, name: str) -> dict[str, float]:
        return self.stats.setdefault(name, {"cpu_s": 0.0, "calls": 0, "items": 0, "peak_rss_mb": 0.0,
                                            "rss_end_mb": 0.0, "heap_end_mb": 0.0, "heap_peak_mb": 0.0})

    def _ended(self, name: str) -> None:
        s = self.stats[name]
        s["rss_end_mb"] = round(rss_mb(), 1)
        if self.heap:
            import tracemalloc

            held, peak = tracemalloc.get_traced_memory()
            s["heap_end_mb"] = round(held / 2**20, 1)
            s["heap_peak_mb"] = max(s["heap_peak_mb"], round(peak / 2**20, 1))

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            s = self._entry(name)
            s["calls"] += 1
            self.active.append(name)
            started = time.process_time()
            try:
                result = fn(*args, **kwargs)
            finally:
                s["cpu_s"] += time.process_time() - started
                self.active.remove(name)
            if isinstance(result, Iterator):
                return self._timed(name, result)
            if isinstance(result, list):
                s["items"] += len(result)
            self._ended(name)
            return result

        return wrapped

    def _timed(self, name: str, items: Iterator[Any]) -> Iterator[Any]:
        s = self.stats[name]
        while True:
            self.active.append(name)
            started = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                break
            finally:
                s["cpu_s"] += time.process_time() - started
                self.active.remove(name)
            s["items"] += 1
            yield item
        self._ended(name)


class _Stopped(Exception):
    """The time given ran out (``--timeout``)."""


def run(db: str, heap: bool, profile: int, timeout: int = 0) -> dict[str, Any]:
    import contextlib
    import importlib
    import signal

    from vitrina.compare import store_comparisons
    from vitrina.store import connect_readonly
    from vitrina.store.db import SQLiteKnowledgeBase

    parts = Parts(heap)
    for module, name in PARTS:
        mod = importlib.import_module(f"vitrina.{module}")
        setattr(mod, name, parts.wrap(f"{module}.{name}", getattr(mod, name)))
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    wall, cpu = time.perf_counter(), time.process_time()
    entries = chars = documents = 0
    digest = hashlib.sha256()
    stopped = False
    running: list[str] = []  # the parts running when the time ran out

    def stop(_signum: int, _frame: Any) -> None:
        running.extend(parts.active)
        raise _Stopped

    if timeout:
        signal.signal(signal.SIGALRM, stop)
        signal.alarm(timeout)
    try:
        with contextlib.closing(connect_readonly(db)) as conn:
            kb = SQLiteKnowledgeBase(conn)
            documents = len(kb.documents())
            for _key, value in store_comparisons(kb):
                entries += 1
                chars += len(value)
                digest.update(f"{_key}\0{value}\0".encode())
    except _Stopped:
        stopped = True  # the parts' figures so far (a running part's CPU counted up to the stop)
    signal.alarm(0)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    top: list[str] = []
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler)
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:profile]  # type: ignore[attr-defined]
        top = [f"{tt:8.2f} s own {ct:8.2f} s cum {nc:>10} calls {Path(f).name}:{line} {fn}"
               for (f, line, fn), (_cc, nc, tt, ct, _callers) in rows]
    return {"db": db, "documents": documents, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "entries": entries, "chars": chars, "sha256": digest.hexdigest()[:16], "load": os.getloadavg()[0],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "parts": parts.stats, "top": top, "stopped": stopped, "running": running}


def show(r: dict[str, Any]) -> None:
    stopped = f" STOPPED by --timeout in {', '.join(r['running']) or 'the sort or the write'}" if r.get("stopped") else ""
    print(f"{r['db']}: {r['documents']:,} documents, {r['entries']} entries ({r['chars']:,} chars, sha256 {r['sha256']}); "
          f"{r['wall_s']} s wall, {r['cpu_s']} s CPU, peak RSS {r['peak_rss_mb']} MB, load {r['load']:.1f}{stopped}")
    for name, s in r["parts"].items():
        heap = f", heap end {s['heap_end_mb']} / peak {s['heap_peak_mb']} MB" if s["heap_peak_mb"] else ""
        print(f"  {name:38} {s['cpu_s']:8.1f} s CPU {int(s['calls']):>7} calls {int(s['items']):>9} items; "
              f"RSS end {s['rss_end_mb']:6.1f}, peak {s['peak_rss_mb']:6.1f} MB{heap}")
    for line in r["top"]:
        print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dbs", nargs="*")
    parser.add_argument("--heap", action="store_true", help="tracemalloc's heap at each part's end")
    parser.add_argument("--profile", type=int, default=0, help="this many functions by own CPU time (cProfile)")
    parser.add_argument("--timeout", type=int, default=0, help="stop each database's run after this many wall "
                                                                  "seconds and show the parts so far")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        task = json.loads(args.worker)
        print(RESULT + json.dumps(run(task["db"], task["heap"], task["profile"], task.get("timeout", 0))), flush=True)
        return 0
    results = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    for db in args.dbs:
        task = {"db": str(Path(db).resolve()), "heap": args.heap, "profile": args.profile, "timeout": args.timeout}
        done = subprocess.run([sys.executable, __file__, "--worker", json.dumps(task)], capture_output=True,
                              text=True, env=env, check=False)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT)]
        if not lines:
            print(done.stderr[-2000:], file=sys.stderr)
            return 1
        results.append(json.loads(lines[-1][len(RESULT):]))
        show(results[-1])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
