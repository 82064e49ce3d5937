# Usage: python3 search_all_essays.py REGEX [REGEX ...]  -- case-insensitive regex search over all_essays.json (206 docs)
import json,re,sys
d=json.load(open('/work/heldout/r39/all_essays.json'))
for term in sys.argv[1:]:
    hits=[]
    for k,v in d.items():
        for m in re.finditer(term,v,re.I):
            hits.append((k,v[max(0,m.start()-90):m.end()+90].replace('\n',' ')))
    print(f'## {term!r}: {len(hits)} hits')
    for h in hits[:8]: print('   ',h[0],'|',h[1])
