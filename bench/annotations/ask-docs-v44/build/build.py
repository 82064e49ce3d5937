import json,re,random,sys
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from items import A,U
d=json.load(open('/work/heldout/r43/ask44/ask_texts.json'))
ABBR={'U.S','D.C','Lt','St','Mr','Dr','Gen','H.M.S','U.S.S','U.N','No','Jr','J.P','H.W','W','H','J','P','D','F','E','G','A','C','L','R','S'}
def is_boundary(t,i):
    # boundary right before index i (i is start of sentence)
    if i==0 or t[i-1]=='\n': return True
    if t[i-1]!=' ': return False
    j=i-2
    while j>=0 and t[j] in '”"’)': j-=1
    if j<0 or t[j] not in '.?!': return False
    if t[j] in '?!': return t[i].isupper() or t[i] in '“"'
    w=re.search(r'(\S+)$',t[:j]); w=w.group(1) if w else ''
    w=w.lstrip('(“"')
    if w in ABBR or re.fullmatch(r'([A-Z]\.)*[A-Z]',w): return False
    return t[i].isupper() or t[i] in '“"‘'
def sentence(t,pos,ln):
    s=pos
    while not is_boundary(t,s): s-=1
    e=pos+ln
    while e<len(t) and not (t[e]=='\n' or is_boundary(t,e)): e+=1
    return t[s:e].rstrip()
rows=[]
for q,a,alts,doc,snip,kind in A:
    t=d[doc]; c=t.count(snip)
    assert c>=1,(snip)
    if c>1: print('WARN multi',snip)
    cit=sentence(t,t.find(snip),len(snip))
    rows.append(dict(question=q,answer=a,alternatives=alts,document=doc,citation=cit,kind=kind))
for q,sub in U:
    rows.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind='unanswerable'))
random.seed(4344); random.shuffle(rows)
out=[]
for i,r in enumerate(rows,1):
    out.append({'id':f'q{i:03d}',**r})
with open('/work/heldout/r43/ask44/ask_v44.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
if '-v' in sys.argv:
    for r in out:
        if r['citation']: print(r['id'],'|',r['answer'],'||',r['citation'],'\n')
print(len(A),len(U))
