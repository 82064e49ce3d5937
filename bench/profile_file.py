"""CPU, peak RSS and a cProfile of one file's analysis (``pipeline.analyse_file``), the model loaded first on a tiny
file (round 31, red team D7):

    cd WORKTREE && PYTHONPATH=src nice -n 10 /work/main/.venv/bin/python bench/profile_file.py FILE
"""

from __future__ import annotations

import cProfile
import io
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

from vitrina.pipeline import analyse_file


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    path = Path(sys.argv[1])
    tiny = Path(tempfile.mkdtemp()) / "tiny.txt"
    tiny.write_text("T\n\nAda met Bo in Lyon in 1900.\n")
    analyse_file(tiny)  # the model loaded, so its load is not counted
    before = peak_mb()
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    parts = analyse_file(path)
    profile.disable()
    seconds = time.process_time() - started
    print(f"{path.name}: cpu {seconds:.1f}s maxrss before {before:.0f} MB after {peak_mb():.0f} MB parts={len(parts)}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
    print(out.getvalue())


if __name__ == "__main__":
    main()
