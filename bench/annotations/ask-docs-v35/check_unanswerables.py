#!/usr/bin/env python3
"""Search all_essays.json (all 206 documents) for the key terms of each unanswerable question; prints hit counts and docs."""
import json, os, re
from ask_v35_items import U
HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
for q, terms in U:
    print("Q:", q)
    for t in terms:
        hits = {k: len(re.findall(re.escape(t), v, re.I)) for k, v in d.items()}
        hits = {k: c for k, c in hits.items() if c}
        print(f"    {t!r}: {sum(hits.values())} hits in {len(hits)} docs {sorted(hits)[:8]}")
