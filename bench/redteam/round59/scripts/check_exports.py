import json, sys, os, glob
import pandas as pd
from lxml import etree
from pyld import jsonld
import rdflib
d = sys.argv[1]
J = json.load(open(f'{d}/json.json'))
print('json: docs',len(J['documents']),'ents',len(J['entities']),'events',len(J['events']),'quotes',len(J['quotes']),'quantities',len(J['quantities']))
# annotations
A = json.load(open(f'{d}/annotations.json'))
print('annotations top type', type(A).__name__, (list(A.keys())[:6] if isinstance(A,dict) else len(A)))
items = A.get('items') or A.get('first',{}).get('items') if isinstance(A,dict) else A
print(' ctx', A.get('@context') if isinstance(A,dict) else None, 'n items', len(items or []))
if items: print(' item0', json.dumps(items[0])[:500])
bad=[i for i in (items or []) if 'target' not in i or 'body' not in i and 'bodyValue' not in i]
print(' items without target/body', len(bad))
# rdflib parse with local context replaced? try offline
try:
    g=rdflib.Graph(); g.parse(data=json.dumps(A), format='json-ld'); print(' rdflib triples', len(g))
except Exception as e: print(' rdflib parse failed:', type(e).__name__, str(e)[:200])
# timeline
T = json.load(open(f'{d}/timelinejs.json'))
ev=T.get('events',[]); print('timelinejs events', len(ev), 'title' in T)
for e in ev:
    sd=e.get('start_date',{})
    if not isinstance(sd.get('year'),(int,str)) or not str(sd.get('year')).lstrip('-').isdigit(): print(' bad start', sd)
    for k in ('month','day'):
        if k in sd and not (1 <= int(sd[k]) <= (12 if k=='month' else 31)): print(' bad',k,sd)
print(' years', sorted({str(e['start_date'].get('year')) for e in ev}))
G = json.load(open(f'{d}/geojson.json'))
print('geojson type', G.get('type'), 'features', len(G.get('features',[])), 'ctx', G.get('@context'))
for f in G.get('features',[]):
    geom=f.get('geometry')
    if geom:
        c=geom.get('coordinates') if geom.get('type')=='Point' else None
        if c and not (-180<=c[0]<=180 and -90<=c[1]<=90): print(' bad coord',c)
    print('  ', f.get('@id') or f.get('id'), f['properties'].get('title'), geom and geom.get('coordinates'))
C = json.load(open(f'{d}/csl.json'))
print('csl items', len(C), sorted({c.get('type') for c in C}))
for c in C:
    if 'id' not in c or 'type' not in c: print(' csl missing id/type', c)
    iss=c.get('issued')
    if iss and 'date-parts' in iss:
        for p in iss['date-parts']:
            if not all(isinstance(x,int) for x in p): print(' bad date-parts',p)
print(' csl0', json.dumps(C[0])[:300])
for f in sorted(glob.glob(f'{d}/tei/*.xml')):
    try:
        t=etree.parse(f); r=t.getroot()
        assert r.tag=='{http://www.tei-c.org/ns/1.0}TEI', r.tag
    except Exception as e: print(' TEI invalid', f, e)
print('tei files', len(glob.glob(f'{d}/tei/*.xml')))
for f in sorted(glob.glob(f'{d}/csv/*.csv')):
    df=pd.read_csv(f, dtype=str, keep_default_na=False)
    print(' csv', os.path.basename(f), df.shape)
