import json,re,random,sys
sys.path.insert(0,'.')
from draft import A
try:
    from draft import U
except ImportError:
    U=[]
T=json.load(open('ask_texts.json'))
def sentence(doc, frag):
    if frag.startswith('='):
        assert frag[1:] in T[doc]; return frag[1:]
    t=T[doc]; i=t.find(frag)
    assert i>=0, (doc,frag)
    assert t.find(frag,i+1)<0, ('dup',doc,frag)
    # sentence boundaries: ., ?, ! optionally followed by quote, then space/newline, then capital/quote; avoid abbreviations
    ends=[]
    for m in re.finditer(r'[.!?][”"]?(?=\s+[A-Z“"(])|\n', t):
        s=m.start()
        pre=t[max(0,s-4):s+1]
        if re.search(r'(\b[A-Z]\.|\b[A-Z]\.[A-Z]\.|Dr\.|Mr\.|Lt\.|St\.|\bU\.S\.|U\.S\.S\.)$', t[max(0,s-6):s+1]):
            continue
        ends.append(m.end())
    st=max([e for e in ends if e<=i], default=0)
    en=min([e for e in ends if e>i+len(frag)-1], default=len(t))
    return t[st:en].strip()
rows=[]
for q,a,alts,doc,frag,kind in A:
    rows.append(dict(question=q,answer=a,alternatives=alts,document=doc,citation=sentence(doc,frag),kind=kind))
for q in U:
    rows.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind="unanswerable"))
random.seed(20)
random.shuffle(rows)
with open('ask_v20.jsonl','w') as f:
    for n,r in enumerate(rows,1):
        r=dict(id='q%03d'%n,**r)
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(rows))
