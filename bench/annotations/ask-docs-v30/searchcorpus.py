# usage: python3 searchcorpus.py term1 term2 ...   (case-insensitive; prints doc id + context for every hit)
import json, re, sys
d = json.load(open('/work/heldout/r29/all_essays.json'))
for term in sys.argv[1:]:
    hits = 0
    for k, v in d.items():
        for m in re.finditer(re.escape(term), v, re.I):
            hits += 1
            if hits <= 12:
                print(f'[{term}] {k}: ...{v[max(0,m.start()-120):m.end()+120]!r}...')
    print(f'== {term}: {hits} hits')
