"""Whole builds of many short generated documents, and an incremental build adding more (issue #18, round 44).

    PYTHONPATH=src .venv/bin/python bench/small_docs.py --sizes 600,3000 --add 100 [--timeout 900] [--json FILE]

The red team's round 43 shape (bench/redteam/round43/repro/slow_writing_small_docs.sh, defect D3): N short texts of
one formula each (a dated visit, a reported attendance, a cost, a quotation), names drawn from small lists, so most
documents share their people, places and organizations. For each size N, in a work folder:

* ``full``: ``vitrina build N files --db N.db --verbose`` in a child process (``/usr/bin/time`` for the peak RSS of
  the largest process; ``timeout`` for a cap): wall seconds, peak RSS, the build's stage seconds (its summary line);
* ``add``: ``--add`` more files (the next of the same generator) built into the same database: the incremental
  build's wall, RSS and stages; then, when asked (``--check``), a fresh build of both folders at once whose stored
  comparisons are compared with the incremental build's (the same JSON, or not);
* ``edit``: with ``--edit K``, K of the first files changed in place (one more person attended) and built alone into
  a copy of the exhibit before the added files (round 59): an incremental build that changes documents, not adds.

``--jobs`` is passed to every build (``-j``; default: the build's own, one per core).

Run it niced on a shared machine; wall times are the load's, stage seconds too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Alma", "Boris", "Carys", "Dmitri", "Elin", "Farid", "Greta", "Hugo", "Ilse", "Jonas"]
LAST = ["Arden", "Bexley", "Corwin", "Dunmore", "Ellery", "Fenwick", "Garrow", "Holt"]
PLACES = ["Leeds", "Krakow", "Porto", "Dublin", "Gdansk", "Lyon", "Brno", "Bergen"]
BODIES = ["the Harbour Board", "the Weavers' Union", "the City Council", "the Rowing Club"]
MONTHS = ["January", "March", "May", "July", "October"]


def texts(count: int, seed: int = 7) -> list[str]:
    """``count`` generated records (the same ones for one seed: the first n of a longer run are the n of a shorter)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        p = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        q = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        place = rng.choice(PLACES)
        year = rng.randint(1850, 1990)
        out.append(f"Record {i}\n\nOn {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}, {p} visited {rng.choice(BODIES)} "
                   f"in {place}. According to {q}, about {rng.randint(2, 900)} people attended, and the cost was "
                   f"£{rng.randint(1, 99)},{rng.randint(100, 999)}. \"We will not forget {place},\" said {q} in "
                   f"{year + 2}.\n")
    return out


def write(folder: Path, records: list[str], first: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(records, start=first):
        (folder / f"rec{n:05d}.txt").write_text(text, encoding="utf-8")


_STAGES = re.compile(r"Stages: (.*)")
_TIME = re.compile(r"wall ([\d.]+) s, max RSS (\d+) KB, cpu ([\d.]+) user ([\d.]+) sys")


# ``vitrina build`` with no derive stage (no comparisons): a database for ``bench/compare_profile.py`` of a size
# whose comparisons do not finish in a build's time.
_NO_COMPARE = ("import vitrina.pipeline as p; p.derive_stages = lambda *more, **_: more; "
               "from vitrina.cli import main; main(prog_name='vitrina')")


def run_build(folders: list[Path], db: Path, timeout: int, compare: bool = True, jobs: int | None = None) -> dict:
    """One ``vitrina build`` in a child process: wall, peak RSS (MB), stage seconds, exit code. ``compare``
    False leaves the comparisons stage out; ``jobs`` is the build's ``-j``."""
    vitrina = ["-m", "vitrina"] if compare else ["-c", _NO_COMPARE]
    cmd = ["/usr/bin/time", "-f", "wall %e s, max RSS %M KB, cpu %U user %S sys", "timeout", str(timeout),
           sys.executable, *vitrina, "build", *map(str, folders), "--db", str(db), "--verbose",
           *(["-j", str(jobs)] if jobs else [])]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    out = done.stdout + done.stderr
    row: dict = {"rc": done.returncode, "wall_s": round(wall, 1)}
    if (m := _TIME.search(out)) is not None:
        row["wall_s"], row["rss_mb"] = float(m.group(1)), round(int(m.group(2)) / 1024)
        row["cpu_s"] = round(float(m.group(3)) + float(m.group(4)), 1)  # the build and the children it waited for
    if (m := _STAGES.search(out)) is not None:
        row["stages"] = {name.strip(): float(s) for name, s in re.findall(r"([a-z ()]+?) ([\d.]+) s", m.group(1))}
    return row


def stored_comparisons(db: Path) -> str:
    """The comparisons a database stores, in order, as one text (their JSON entries)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'comparisons:%' ORDER BY key").fetchall()
    return "\n".join(value for _key, value in rows)


def edit(folder: Path, count: int) -> list[Path]:
    """``count`` files of ``folder``, spread over it, changed in place (one more person attended): the files to
    build again (the same paths, so their documents are replaced)."""
    files = sorted(folder.glob("*.txt"))
    chosen = files[len(files) // (2 * count)::max(1, len(files) // count)][:count]
    for path in chosen:
        path.write_text(re.sub(r"about (\d+) people", lambda m: f"about {int(m.group(1)) + 1} people",
                               path.read_text(encoding="utf-8")), encoding="utf-8")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="600")
    parser.add_argument("--add", type=int, default=100, help="files added by the incremental build (0: none)")
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--check", action="store_true", help="also a fresh build of all files, its comparisons "
                                                             "compared with the incremental build's")
    parser.add_argument("--no-compare", action="store_true", help="full builds without the comparisons stage (a "
                                                                  "database for bench/compare_profile.py; no --add)")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep-base", action="store_true", help="keep a copy of each exhibit before the added files")
    parser.add_argument("--edit", type=int, default=0, help="files of the first set changed and built into a copy "
                                                            "of its exhibit (0: none)")
    parser.add_argument("--jobs", type=int, help="-j of every build")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="small-docs-"))
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        records = texts(size + args.add)
        base, more = work / f"docs{size}", work / f"more{size}"
        write(base, records[:size])
        db = work / f"n{size}.db"
        db.unlink(missing_ok=True)
        row: dict = {"documents": size, "full": run_build([base], db, args.timeout, not args.no_compare, args.jobs)}
        print(json.dumps(row), flush=True)
        if args.keep_base and row["full"]["rc"] == 0:  # the exhibit before the added files (bench/compare_step.py)
            shutil.copyfile(db, work / f"n{size}.base.db")
        if args.edit and row["full"]["rc"] == 0 and not args.no_compare:
            edited_db = work / f"n{size}.edit{args.edit}.db"
            shutil.copyfile(db, edited_db)
            row["edit"] = run_build(edit(base, args.edit), edited_db, args.timeout, jobs=args.jobs)
            print(json.dumps({"documents": size, "edit": row["edit"]}), flush=True)
        if args.add and row["full"]["rc"] == 0 and not args.no_compare:
            write(more, records[size:], first=size)
            row["add"] = run_build([more], db, args.timeout, jobs=args.jobs)
            print(json.dumps({"documents": size, "add": row["add"]}), flush=True)
            if args.check:
                fresh = work / f"all{size}.db"
                fresh.unlink(missing_ok=True)
                row["fresh_all"] = run_build([base, more], fresh, args.timeout)
                row["same_comparisons"] = stored_comparisons(fresh) == stored_comparisons(db)
                print(json.dumps({"documents": size, "fresh_all": row["fresh_all"],
                                  "same_comparisons": row["same_comparisons"]}), flush=True)
        rows.append(row)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
