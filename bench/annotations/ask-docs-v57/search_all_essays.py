import json,sys,re
d=json.load(open('/work/heldout/r56/all_essays.json'))
for term in sys.argv[1:]:
    hits=[]
    for k,v in d.items():
        for m in re.finditer(term,v,re.I):
            hits.append((k,v[max(0,m.start()-150):m.end()+150].replace('\n',' ')))
    print('##',term,len(hits))
    for k,s in hits[:8]: print('  ',k,'|',s)
