"""fit_ask.collect one group at a time, each into its own part file (a long collect stopped midway keeps the groups
it finished; bench/loso_variants.py merges the parts). Run from the repository root with src on PYTHONPATH:

    bench/collect_parts.py DB OUT_DIR [GROUP …]   (default: every group of fit_ask.GROUPS, newest first)
"""
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, "bench")
import fit_ask as F  # noqa: E402

db, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
wanted = sys.argv[3:] or list(reversed(list(F.GROUPS)))
everything = dict(F.GROUPS)
t0 = time.time()
for group in wanted:
    part = out / f"{group}.json"
    if part.exists():
        continue
    F.GROUPS = {group: everything[group]}
    rows = F.collect(db)
    part.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{group} {len(rows)} rows {time.time() - t0:.0f} s", flush=True)
