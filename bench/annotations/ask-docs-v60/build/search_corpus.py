import json,sys,re
d=json.load(open('/work/heldout/r59/all_essays.json'))
for term in sys.argv[1:]:
    hits=[]
    for k,v in d.items():
        for m in re.finditer(re.escape(term),v,re.I):
            hits.append((k,v[max(0,m.start()-120):m.end()+120].replace('\n',' ')))
    print('#### %r: %d hits'%(term,len(hits)))
    for k,c in hits[:12]: print('  ',k,'|',c)
