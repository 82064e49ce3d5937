"""A ZIP of many tiny members built by ``vitrina build`` (round 51 red team D15): wall seconds, each stage's
seconds, peak RSS, when the member-limit warning was said, and whether member copies were left beside the
database (after the build, and after a SIGTERM ``--stop`` seconds in).

    python bench/many_members.py --src src --members 10050 [--stop 60] [--out result.json]

``--src`` is the source folder to run (a worktree's ``src``, or an older commit's unpacked with ``git archive``), so
the same script measures before and after. Not a test: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def make_zip(path: Path, members: int) -> None:
    """``members`` one-line text members ("Item 17"), as the red team's generator made them."""
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(members):
            archive.writestr(f"m/{i}.txt", f"Item {i}")


def leftovers(folder: Path) -> list[str]:
    """Member copies' folders (and their files) left beside the database."""
    found = []
    for entry in folder.iterdir():
        if ".member." in entry.name:
            count = sum(1 for _ in entry.rglob("*")) if entry.is_dir() else 1
            found.append(f"{entry.name} ({count} files)")
    return found


def run(src: Path, folder: Path, stop: float | None) -> dict:
    """One build of ``many.zip`` in ``folder``: what it took and what it said."""
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "vitrina", "build", "many.zip", "--db", "t.db", "--verbose"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=folder, env=env, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []
    assert process.stderr is not None
    if stop is not None:
        signal.signal(signal.SIGALRM, lambda *_: process.send_signal(signal.SIGTERM))
        signal.setitimer(signal.ITIMER_REAL, stop)
    for line in process.stderr:
        lines.append((time.perf_counter() - started, line.rstrip("\n")))
    code = process.wait()
    signal.setitimer(signal.ITIMER_REAL, 0)
    wall = time.perf_counter() - started
    time.sleep(2)  # a remover started apart may still be at work
    said = next((at for at, line in lines if "member limit" in line), None)
    stages = next((line for _, line in lines if line.startswith("Stages:")), "")
    return {"exit": code, "wall_s": round(wall, 1), "limit_warning_at_s": None if said is None else round(said, 1),
            "stages": dict((name.strip(), float(s)) for name, s in re.findall(r"([a-z ()]+?) ([\d.]+) s", stages)),
            "max_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            "left_beside_db": leftovers(folder), "last_lines": [line for _, line in lines[-3:]]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, required=True)
    parser.add_argument("--members", type=int, default=10_050)
    parser.add_argument("--stop", type=float, help="send SIGTERM this many seconds in")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="many-members.") as name:
        folder = Path(name)
        make_zip(folder / "many.zip", args.members)
        result = {"src": str(args.src), "members": args.members, "zip_bytes": (folder / "many.zip").stat().st_size,
                  "stop": args.stop, **run(args.src, folder, args.stop)}
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
