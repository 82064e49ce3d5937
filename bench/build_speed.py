"""Wall time, CPU time and memory of ``vitrina build`` on ordinary English prose of a few sizes.

Issue #14 asks that no input under 1 MB take more than 10 s or 1 GB. Each size is one plain-text
file of ``bench/prose.py`` (invented, varied essay paragraphs; nothing downloaded), built by the
installed command line into a new database, exactly as a user would:

    vitrina build --db WORK/prose-1000k.db WORK/prose-1000k.txt

in a child process whose process tree is sampled every 0.1 s for resident memory (the largest
single process, and the largest sum over the tree: the build and its analysis workers). CPU
seconds are the build's and its finished children's (``RUSAGE_CHILDREN``). Model loading is included,
as the user waits for it; a ``--sizes 0`` row (a one-line file) shows what loading alone costs.

    .venv/bin/python bench/build_speed.py                      # 120, 500 and 1000 KB, a table
    .venv/bin/python bench/build_speed.py --sizes 120,500 --jobs 1 --runs 2
    .venv/bin/python bench/build_speed.py --profile 1000       # cProfile of an in-process build

``--profile KB`` runs ``vitrina.pipeline.build`` of that size in this process with one job under
cProfile and prints the 40 costliest functions by cumulative and by own time (work done in a
worker process does not show: read the stage seconds printed first).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

VITRINA = Path(sys.executable).with_name("vitrina")


def _tree_rss_mb(pid: int) -> tuple[float, float, float]:
    """(largest process, whole tree, whole tree proportional) resident MB of ``pid`` and its descendants;
    zeros once gone. The proportional figure (PSS) divides each page shared by forked processes (the
    model's helpers share the worker's model) among them; the plain sum counts it in each."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0, 0.0
    sizes, shares = [], []
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.Error:
            continue
        sizes.append(info.rss / 2**20)
        shares.append(getattr(info, "pss", info.rss) / 2**20)
    return (max(sizes), sum(sizes), sum(shares)) if sizes else (0.0, 0.0, 0.0)


def measure(path: Path, jobs: int | None) -> dict[str, float | str]:
    """One CLI build of ``path`` into a new database beside it."""
    db = path.with_suffix(".db")
    for leftover in (db, db.with_name(db.name + ".lock")):
        leftover.unlink(missing_ok=True)
    command = [str(VITRINA), "build", "--db", str(db), str(path)] + (["--jobs", str(jobs)] if jobs else [])
    _children_cpu()  # the baseline
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    largest = tree = tree_pss = 0.0
    while child.poll() is None:
        one, whole, proportional = _tree_rss_mb(child.pid)
        largest, tree, tree_pss = max(largest, one), max(tree, whole), max(tree_pss, proportional)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    _, err = child.communicate()
    cpu = _children_cpu()
    last = [line for line in err.splitlines() if line.strip()]
    return {"bytes": path.stat().st_size, "wall": wall, "cpu": cpu, "largest_mb": largest, "tree_mb": tree, "tree_pss_mb": tree_pss,
            "exit": child.returncode, "said": " / ".join(last[-3:])}


_cpu_seen = 0.0


def _children_cpu() -> float:
    """CPU seconds of the child just reaped by ``Popen`` (this process's children's total, as a delta)."""
    import resource

    global _cpu_seen
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    spent, _cpu_seen = total - _cpu_seen, total
    return spent


def profile(kb: int, folder: Path) -> None:
    import cProfile
    import pstats

    from prose import prose

    from vitrina.pipeline import build

    path = folder / f"prose-{kb}k.txt"
    path.write_bytes(prose(kb * 1000))
    os.environ["VITRINA_CORES"] = "1"
    profiler = cProfile.Profile()
    profiler.enable()
    report = build([path], folder / "profile.db", jobs=1)
    profiler.disable()
    print(f"stages (wall s): {report.seconds}; warnings: {report.warnings}")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(40)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="120,500,1000", help="kilobytes of prose, comma-separated")
    parser.add_argument("--jobs", type=int, help="--jobs of the build (default: the CLI's, one per core)")
    parser.add_argument("--runs", type=int, default=1, help="builds per size")
    parser.add_argument("--profile", type=int, metavar="KB", help="profile an in-process build of this size")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: a temporary folder)")
    args = parser.parse_args()
    from prose import prose

    with tempfile.TemporaryDirectory() as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, folder)
            return 0
        print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores, jobs {args.jobs or 'default'}")
        print("| prose | wall s | CPU s | largest process MB | process tree MB | process tree PSS MB | outcome |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for kb in (int(size) for size in args.sizes.split(",")):
            path = folder / f"prose-{kb}k.txt"
            path.write_bytes(prose(kb * 1000) if kb else b"A lighthouse was built in 1889.\n")
            for _ in range(args.runs):
                row = measure(path, args.jobs)
                print(f"| {row['bytes']:,} B | {row['wall']:.1f} | {row['cpu']:.1f} | {row['largest_mb']:.0f} | "
                      f"{row['tree_mb']:.0f} | {row['tree_pss_mb']:.0f} | exit {row['exit']}: {row['said']} |", flush=True)
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
