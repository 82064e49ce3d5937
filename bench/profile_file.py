"""CPU, peak RSS and a cProfile of one file's analysis (``pipeline.analyse_file``), the model loaded first on a tiny
file (round 31, red team D7):

    cd WORKTREE && PYTHONPATH=src nice -n 10 /work/main/.venv/bin/python bench/profile_file.py FILE
"""
import cProfile
import io
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

from vitrina.pipeline import analyse_file

path = Path(sys.argv[1])
TINY = Path(tempfile.mkdtemp()) / "tiny.txt"
# warm the model on a tiny file so the load is not counted
TINY.write_text("T\n\nAda met Bo in Lyon in 1900.\n")
analyse_file(TINY)
r0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pr = cProfile.Profile(); c0 = time.process_time(); pr.enable()
docs = analyse_file(path)
pr.disable(); c1 = time.process_time()
print(f"{path.name}: cpu {c1-c0:.1f}s maxrss before {r0/1024:.0f} MB after {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB parts={len(docs)}")
s = io.StringIO(); pstats.Stats(pr, stream=s).sort_stats("cumulative").print_stats(45); print(s.getvalue())
