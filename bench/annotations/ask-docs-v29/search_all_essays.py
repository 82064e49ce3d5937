import json,re,sys
d=json.load(open('/work/heldout/r28/all_essays.json'))
for t in sys.argv[1:]:
    pat=re.compile(r'(?<!\w)'+re.escape(t)+r'(?!\w)',re.I)
    hits=[]
    for k,v in d.items():
        for m in pat.finditer(v):
            hits.append((k,v[max(0,m.start()-90):m.end()+90].replace('\n',' ')))
    print(f'## {t!r}: {len(hits)} hits in {len(set(h[0] for h in hits))} docs')
    for k,c in hits[:6]: print('   ',k,'|',c)
