"""Search all_essays.json for regex terms (case-insensitive); used to check the unanswerable questions."""
import json,sys,re
a=json.load(open('/work/heldout/r35/all_essays.json'))
for term in sys.argv[1:]:
    hits=[]
    for k,v in a.items():
        for m in re.finditer(term,v,re.I):
            hits.append((k,v[max(0,m.start()-120):m.end()+120].replace('\n',' ')))
    print(f'### {term!r}: {len(hits)} hits')
    for k,c in hits[:8]: print('  ',k,'|',c)
