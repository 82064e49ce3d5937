import sys,re; sys.path.insert(0,'/work/heldout/r50/places')
from split import *
d=load_docs()
for w in sys.argv[1:]:
    for k,v in d.items():
        for s in sentences(v):
            for m in re.finditer(r'(?<![\w])'+re.escape(w)+r'(?![\w])', s):
                print(f'[{w}] {k[:22]}: ...{s[max(0,m.start()-70):m.end()+50]}...')
