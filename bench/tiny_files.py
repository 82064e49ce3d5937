"""Build time of many tiny files (issue #14; the round-28 red team's N012: 1,500 files of ~50 bytes took 76 s).

    python bench/tiny_files.py [--files 1500 ...] [--sentence TEMPLATE] [--src DIR] [--workdir DIR]

Makes ``--files`` one-sentence text files (invented, ~50 bytes each; ``--sentence`` is their text, ``{n}``
the file's number and ``{year}`` a year of 1900-1999; several counts are built one after the other, each in
a folder of its own) in one folder and builds them into a new database in a child process (``vitrina.pipeline.build``, default jobs, as ``vitrina build`` runs it), with
the code of ``--src`` (default: this checkout's ``src``; give another checkout's to compare before and after
at the same load). Prints wall seconds, the build's stages (``BuildReport.seconds``) and the CPU seconds of
the build process and of its workers. Run it under ``nice``; the machine's load average is printed first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import resource, sys, time
from pathlib import Path
from vitrina.pipeline import build

def main():
    started = time.perf_counter()
    report = build([Path(sys.argv[1])], Path(sys.argv[2]))
    wall = time.perf_counter() - started
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    stages = ", ".join(f"{name} {seconds:.1f}" for name, seconds in report.seconds.items())
    print(f"{report.built} files: {wall:.1f} s wall (stages: {stages}); CPU s: build "
          f"{own.ru_utime + own.ru_stime:.1f}, workers {workers.ru_utime + workers.ru_stime:.1f}")

if __name__ == "__main__":
    main()
"""


SENTENCE = "Note {n}. Ada Lind visited Porto in {year}."


def make_files(folder: Path, count: int, sentence: str = SENTENCE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"t{n:04d}.txt").write_text(sentence.format(n=n, year=1900 + n % 100) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, nargs="+", default=[1500])
    parser.add_argument("--sentence", default=SENTENCE, help="each file's text ({n}: its number, {year}: a year)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the vitrina source folder to run")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: a temporary folder)")
    args = parser.parse_args()
    failed = 0
    for count in args.files:
        failed = failed or _run(count, args)
    return failed


def _run(count: int, args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="vitrina-tiny-") as scratch:
        work = (args.workdir or Path(scratch)) / (str(count) if len(args.files) > 1 else "")
        folder, db = work / "tiny", work / "tiny.db"
        if not folder.is_dir():
            make_files(folder, count, args.sentence)
        db.unlink(missing_ok=True)
        script = work / "child.py"
        script.write_text(CHILD)
        print(f"load average {os.getloadavg()[0]:.2f}; code {args.src}", flush=True)
        env = {**os.environ, "PYTHONPATH": str(args.src)}
        done = subprocess.run([sys.executable, str(script), str(folder), str(db)], env=env, check=False,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        print(done.stdout.strip(), flush=True)
        return done.returncode

if __name__ == "__main__":
    sys.exit(main())
