# grep-like helper: python3 search_corpus.py REGEX [REGEX...] -> prints every hit in all_essays.json with 150 chars of context
import json,sys,re
d=json.load(open('/work/heldout/r42/all_essays.json'))
for pat in sys.argv[1:]:
    print('####',pat)
    for k,v in d.items():
        for m in re.finditer(pat,v,flags=re.I):
            s=max(0,m.start()-150); e=min(len(v),m.end()+150)
            print('  ',k,'|',v[s:e].replace('\n',' '))
