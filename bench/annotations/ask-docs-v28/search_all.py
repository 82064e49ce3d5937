import json,sys,re
a=json.load(open('/work/heldout/r27/all_essays.json'))
for term in sys.argv[1:]:
    hits=[(k,m.start()) for k,v in a.items() for m in re.finditer(term,v,re.I)]
    print(f'## {term!r}: {len(hits)} hits in {len(set(k for k,_ in hits))} docs')
    for k,p in hits[:5]:
        print('   ',k,'|',a[k][max(0,p-130):p+130].replace('\n',' '))
