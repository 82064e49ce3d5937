import json, re, collections, sys
from split import sentences
errs=[]
def E(*a): errs.append(' '.join(map(str,a)))
D=json.load(open('docs.json')); T=json.load(open('places_texts.json'))
import glob, os
if len(D)!=23: E('docs',len(D))
for k,v in T.items():
    if D.get(k)!=v: E('essay differs',k)
for f in sorted(glob.glob('panel-*.txt')):
    k=os.path.basename(f)[:-4]; t=open(f).read().rstrip('\n')
    if D.get(k)!=t: E('panel differs',k)
    n=len(t.split())
    if not 600<=n<=700: E('panel words',k,n)
    lines=t.split('\n')
    if not (lines[0].strip() and lines[1]=='' and all(l.strip() for l in lines[2::2]) and all(l=='' for l in lines[1::2])): E('panel layout',k)
def load(fn): return [json.loads(l) for l in open(fn)]
P=load('places_v27_all.jsonl'); F=load('places_v27.jsonl'); N=load('nonplaces_v27.jsonl'); H=load('persons_v27.jsonl')
def word_in(w,s): return re.search(r'(?<![\w])'+re.escape(w)+r'(?![\w])',s) is not None
SENTS={k:set(sentences(v)) for k,v in D.items()}
for r in P+F:
    if list(r)!=['doc','name','sentence','lat','lon','country','kind','place']: E('fields',r)
    if r['sentence'] not in D[r['doc']]: E('sentence not in doc',r['doc'],r['sentence'][:60])
    if not word_in(r['name'],r['sentence']): E('name not whole word',r['name'],r['sentence'][:60])
    if not (-90<=r['lat']<=90 and -180<=r['lon']<=180): E('coords',r)
    if r['kind'] not in ('country','region','city','natural feature','other'): E('kind',r)
    if r['country'] is not None and not re.fullmatch(r'[A-Z]{2}',r['country']): E('cc',r)
coding=collections.defaultdict(set)
for r in P: coding[r['place']].add((r['lat'],r['lon'],r['country'],r['kind']))
for k,v in coding.items():
    if len(v)>1: E('place key coded twice',k,v)
first=[]; seen=set()
for r in P:
    if (r['doc'],r['name']) not in seen: seen.add((r['doc'],r['name'])); first.append(r)
if first!=F: E('places_v27 is not first mentions of _all')
dup=collections.Counter((r['doc'],r['name'],r['sentence']) for r in P)
for k,n in dup.items():
    if n>1: E('duplicate place row',k[1],k[2][:50])
two=collections.defaultdict(set)
for r in P: two[(r['doc'],r['sentence'],r['name'])].add(r['place'])
for k,v in two.items():
    if len(v)>1: E('name with two keys in one sentence',k[2],v)
WHY={'demonym/adjective','hyphenated adjective','organisation','war/event','treaty/agreement/law','ship','other','person/family named like a place'}
for r in N:
    if list(r)!=['doc','text','sentence','why']: E('fields',r)
    if r['sentence'] not in D[r['doc']]: E('np sentence',r['sentence'][:60])
    if not word_in(r['text'],r['sentence']): E('np text not whole word',r['text'])
    if r['why'] not in WHY: E('why',r)
pl=set((r['doc'],r['sentence'],r['name']) for r in P)
for r in N:
    if (r['doc'],r['sentence'],r['text']) in pl: E('text both place and nonplace',r['text'],r['sentence'][:50])
pm=set()
for h in H:
    if list(h)!=['person','mentions'] or not h['mentions']: E('person fields',h['person'])
    for m in h['mentions']:
        if m['sentence'] not in D[m['doc']]: E('person sentence',m)
        if not word_in(m['text'],m['sentence']): E('person text',m)
        pm.add((m['doc'],m['sentence'],m['text']))
        if (m['doc'],m['sentence'],m['text']) in pl: E('text both place and person',m['text'])
for r in N:
    if r['why']=='person/family named like a place' and (r['doc'],r['sentence'],r['text']) not in pm and not r['text'].startswith('Earl of'):
        E('named-like row without person mention',r['text'])
for k in D:
    if not any(r['doc']==k for r in P): print('note: no place in',k)
# counts
out=[]
def row(name,docs):
    p=[r for r in P if r['doc'] in docs]; f=[r for r in F if r['doc'] in docs]; n=[r for r in N if r['doc'] in docs]
    ppl=[h for h in H if any(m['doc'] in docs for m in h['mentions'])]
    out.append(f"| {name} | {len(p)} | {len(set(r['place'] for r in p))} | {len(f)} | {len(n)} | {len(ppl)} |")
ess=[k for k in D if not k.startswith('panel')]; pan=[k for k in D if k.startswith('panel')]
out.append('| | place mentions | distinct places | first mentions | non-places | people |'); out.append('| --- | --- | --- | --- | --- | --- |')
row('20 essays',ess); row('3 panels',pan); row('all',list(D))
for k in pan: row(k,[k])
print('\n'.join(out))
print('people',len(H),'person mentions',sum(len(h['mentions']) for h in H))
print('kinds (all):',dict(collections.Counter(r['kind'] for r in P).most_common()))
print('why:',dict(collections.Counter(r['why'] for r in N).most_common()))
print('errors',len(errs))
for e in errs[:50]: print('ERR',e)
