"""What each ``vitrina`` command costs before it does any work: wall, CPU and memory, cold and warm.

Issue #14: small inputs must not take minutes, and every command pays start-up. Each row runs the
installed command line in a child process exactly as a user types it:

    vitrina --help                         vitrina ask                 (a usage error: no question)
    vitrina search --db DB WORD            vitrina ask --db DB "QUESTION"
    vitrina build --db NEW.db SMALL.txt    (2 KB of bench/prose.py prose into a new database)

*cold*: the first run with an empty table cache (``VITRINA_CACHE_DIR`` set to a new folder, so the
gazetteer and word tables are built, as on a first run after installing or upgrading); *warm*: the next
runs with that folder filled. The operating system's file cache is not dropped (that needs root): "cold"
is about vitrina's own tables. Per row: median wall and CPU seconds over ``--runs`` (CPU of the command
and of its worker processes, ``RUSAGE_CHILDREN``), the largest single process's peak resident MB, and
the process tree's peak: resident MB summed over the tree (pages shared by forked processes counted
once per process) and proportional MB (PSS: each shared page divided among the processes sharing it,
the tree's real footprint), sampled every 0.05 s.

    .venv/bin/python bench/startup.py --db build/corpus.db
    .venv/bin/python bench/startup.py --db build/corpus.db --src /path/to/other/checkout/src   # compare code
    .venv/bin/python bench/startup.py --commands ask,build --runs 5

The machine may be shared: the load average is printed before and after; compare runs taken at
similar load, and CPU rather than wall seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

VITRINA = Path(sys.executable).with_name("vitrina")
SAMPLE_SECONDS = 0.05
QUESTION = "When was the first bridge opened?"
WORD = "bridge"


def commands(db: Path, small: Path, work: Path) -> dict[str, list[str]]:
    return {
        "help": ["--help"],
        "usage-error": ["ask"],
        "search": ["search", "--db", str(db), WORD],
        "ask": ["ask", "--db", str(db), QUESTION],
        "build": ["build", "--db", str(work / "small.db"), str(small)],
    }


def _tree_memory(pid: int) -> tuple[float, float, float]:
    """(largest process RSS, tree RSS sum, tree PSS sum) in MB of ``pid`` and its descendants."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0, 0.0
    rss, pss = [], []
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.Error:
            continue
        rss.append(info.rss / 2**20)
        pss.append(getattr(info, "pss", info.rss) / 2**20)
    return (max(rss), sum(rss), sum(pss)) if rss else (0.0, 0.0, 0.0)


def run(argv: list[str], env: dict[str, str], before: list[Path]) -> dict[str, float]:
    """One run of ``vitrina ARGV``; ``before`` are files to remove first (a build's database)."""
    for path in before:
        path.unlink(missing_ok=True)
    cpu_before = _children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen([str(VITRINA), *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env)
    largest = tree_rss = tree_pss = 0.0
    while child.poll() is None:
        one, rss, pss = _tree_memory(child.pid)
        largest, tree_rss, tree_pss = max(largest, one), max(tree_rss, rss), max(tree_pss, pss)
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    child.communicate()
    return {"wall": wall, "cpu": _children_cpu() - cpu_before, "largest": largest, "rss": tree_rss,
            "pss": tree_pss, "exit": float(child.returncode)}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def row(name: str, phase: str, runs: list[dict[str, float]]) -> str:
    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    walls = ", ".join(f"{r['wall']:.2f}" for r in runs)
    return (f"| {name} | {phase} | {median('wall'):.2f} ({walls}) | {median('cpu'):.2f} | {median('largest'):.0f} | "
            f"{median('rss'):.0f} | {median('pss'):.0f} | {int(max(r['exit'] for r in runs))} |")


def small_database(folder: Path, env: dict[str, str]) -> Path:
    """A database of 20 KB of bench/prose.py prose (when no --db is given; not timed)."""
    from prose import prose

    text = folder / "exhibit.txt"
    text.write_bytes(prose(20_000))
    db = folder / "exhibit.db"
    subprocess.run([str(VITRINA), "build", "--db", str(db), str(text)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="the exhibit ask and search read (default: 20 KB of prose built first)")
    parser.add_argument("--src", type=Path, help="run this checkout's code (put first on PYTHONPATH)")
    parser.add_argument("--commands", default="help,usage-error,search,ask,build")
    parser.add_argument("--runs", type=int, default=3, help="warm runs per command")
    args = parser.parse_args()
    from prose import prose

    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        small = work / "small.txt"
        small.write_bytes(prose(2_000))
        db = args.db or small_database(work, env)
        table = commands(db, small, work)
        print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores, code "
              f"{args.src or 'installed'}, {time.strftime('%H:%M UTC', time.gmtime())}")
        print("| command | cache | wall s, median (runs) | CPU s | largest process MB | tree RSS MB | tree PSS MB | exit |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in args.commands.split(","):
            argv = table[name]
            scratch = [work / "small.db"] if name == "build" else []
            cache = work / f"cache-{name}"  # a new, empty table cache: the first run is cold
            run_env = {**env, "VITRINA_CACHE_DIR": str(cache)}
            cold = [run(argv, run_env, scratch)]
            print(row(name, "cold", cold), flush=True)
            warm = [run(argv, run_env, scratch) for _ in range(args.runs)]
            print(row(name, "warm", warm), flush=True)
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
