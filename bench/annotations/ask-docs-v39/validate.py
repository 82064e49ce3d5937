"""Independent checks for ask_v39.jsonl."""
import json, re, os, collections, sys
here=os.path.dirname(os.path.abspath(__file__))
texts=json.load(open(os.path.join(here,'ask_texts.json'),encoding='utf-8'))
allx=json.load(open(os.path.join(here,'..','all_essays.json'),encoding='utf-8'))
rows=[json.loads(l) for l in open(os.path.join(here,'ask_v39.jsonl'),encoding='utf-8')]
err=[]
KINDS={'who','what','when','where','why','how','how many/how much','which'}
FIELDS=['id','question','answer','alternatives','document','citation','kind']
ids=[r['id'] for r in rows]
if ids!=['q%03d'%i for i in range(1,101)]: err.append('ids not q001..q100 in order')
if len(set(ids))!=len(ids): err.append('duplicate ids')
if len(set(r['question'] for r in rows))!=len(rows): err.append('duplicate questions')
STOP=set('''a an the of in on at to for from by with and or but as is was were be been being are did do does done had has have
what who whom whose when where why how which many much that this these those it its his her their they he she them him
into during after before about over under than then there also not no yes if so up out off any some one two three each
would could should can will may might just only still really back like get got give gave take took make made put
name called call'''.split())
def toks(s):
    ws=re.findall(r"[a-z0-9][a-z0-9\-\.:,$]*[a-z0-9]|[a-z0-9]",s.lower().replace('’',"'"))
    out=set()
    for w in ws:
        w=w.strip('.,')
        if w in STOP or len(w)<2: continue
        for suf in ('ing','ed','es','s'):
            if w.endswith(suf) and len(w)-len(suf)>=4: w=w[:-len(suf)]; break
        out.add(w)
    return out
low_overlap=0; lower=0
for r in rows:
    if list(r)!=FIELDS: err.append(r['id']+' field order/names')
    q=r['question']
    if q==q.lower(): lower+=1
    if r['kind']=='unanswerable':
        if r['answer'] is not None or r['document'] is not None or r['citation'] is not None or r['alternatives']!=[]:
            err.append(r['id']+' unanswerable fields not null/empty')
        continue
    if r['kind'] not in KINDS: err.append(r['id']+' bad kind '+r['kind'])
    doc=r['document']; c=r['citation']
    if doc not in texts: err.append(r['id']+' unknown document'); continue
    if texts[doc].count(c)<1: err.append(r['id']+' citation not in document')
    if allx.get(doc)!=texts[doc]: err.append(r['id']+' ask_texts and all_essays differ for doc')
    # one sentence: no sentence break inside (period + space + capital), allowing abbreviations
    inner=re.findall(r'(\S+[.!?])”? [A-Z“]',c)
    bad=[w for w in inner if w not in ('U.S.','U.S.S.','D.','H.W.','C.','U.N.','Lt.','St.','Dr.','Mr.')]
    if bad: err.append(r['id']+' citation may span sentences: '+str(bad))
    for s in [r['answer']]+r['alternatives']:
        if not s or s not in c: err.append(r['id']+' answer/alt not in citation: '+repr(s))
    if r['answer'] in r['alternatives']: err.append(r['id']+' answer repeated in alternatives')
    if r['question'].strip().lower().split()[0] in ('is','was','were','did','does','do','can','could','has','have','are'):
        err.append(r['id']+' looks yes/no')
    ov=toks(q)&toks(c)
    if len(ov)<=1: low_overlap+=1
    r['_ov']=sorted(ov)
ans=[r for r in rows if r['kind']!='unanswerable']
una=[r for r in rows if r['kind']=='unanswerable']
d0=sum(r['document']=='000_beabee21081aa6a0' for r in ans)
essays=set(r['document'] for r in ans)-{'000_beabee21081aa6a0'}
print('answerable',len(ans),'unanswerable',len(una),'doc000',d0,'essays covered',len(essays),'of',len(texts)-1)
print('all-lowercase',lower,'low-overlap(<=1 shared content word)',low_overlap)
print('kinds',dict(collections.Counter(r['kind'] for r in rows)))
if len(rows)!=100 or len(ans)!=80 or len(una)!=20: err.append('counts wrong')
if not 14<=d0<=18: err.append('doc000 count off')
if len(essays)<30: err.append('too few essays')
if low_overlap<30: err.append('too few low-overlap questions')
if lower!=4: err.append('lowercase count != 4')
if '-v' in sys.argv:
    for r in ans: print(r['id'],len(r['_ov']),r['_ov'],'|',r['question'])
print('ERRORS:' if err else 'ALL CHECKS PASSED'); [print(' ',e) for e in err]
sys.exit(1 if err else 0)
