import json, sys, os, glob, collections
import pandas as pd, lxml.etree as ET, geojson
P = sys.argv[1] if len(sys.argv)>1 else 'out/ed'
J = json.load(open(P+'.json.json'))
docs = {d['id']: d for d in J['documents']}
issues = []
def bad(*a): issues.append(' '.join(map(str,a)))
# 1 mentions offsets
for e in J['entities']:
    for m in e['mentions']:
        t = docs[m['document']]['text'][m['start']:m['end']]
        if t != m['text']: bad('mention offset mismatch', e['id'], repr(t), repr(m['text']))
for ev in J['events']:
    for m in ev['evidence']:
        t = docs[m['document']]['text'][m['start']:m['end']]
        if t != m['text']: bad('event evidence mismatch', ev['id'], repr(t), repr(m['text']))
# 2 annotations: quote/position and source file line/col
A = json.load(open(P+'.annotations.json'))
items = A['first']['items']; nxt = A['first'].get('next')
if A['total'] != len(items): bad('annotations total', A['total'], 'items on first page', len(items), 'next', nxt)
ids=set(); filecache={}
linecol_bad=0; linecol_ok=0
for it in items:
    if it['id'] in ids: bad('dup annotation id', it['id'])
    ids.add(it['id'])
    for tg in (it['target'] if isinstance(it['target'],list) else [it['target']]):
      if isinstance(tg,str): continue
      did = tg['source'].split(':')[-1]
      if 'selector' not in tg: continue
      q = [s for s in tg['selector'] if s['type']=='TextQuoteSelector'][0]
      p = [s for s in tg['selector'] if s['type']=='TextPositionSelector'][0]
      txt = docs[did]['text']
      if txt[p['start']:p['end']] != q['exact']: bad('anno pos!=exact', it['id'], repr(txt[p['start']:p['end']]), repr(q['exact']))
      if not txt[:p['start']].endswith(q.get('prefix','')): bad('anno prefix', it['id'])
      inp = tg.get('input') or {}
      f = inp.get('file')
      if f and f.endswith(('.txt','.md')) and inp.get('line') and inp.get('column'):
          lines = open(f, encoding='utf-8').read().split('\n')
          L = lines[inp['line']-1]; c = inp['column']-1
          if L[c:c+len(q['exact'])] == q['exact'] or L[c:].startswith(q['exact'][:10]): linecol_ok+=1
          else: linecol_bad+=1; bad('anno line/col wrong', it['id'], f, inp, repr(q['exact']), repr(L[c:c+30]))
print('annotations', len(items), 'line/col ok', linecol_ok, 'bad', linecol_bad)
# 3 geojson
G = json.load(open(P+'.geojson.json'))
gobj = geojson.loads(json.dumps(G))
print('geojson valid:', gobj.is_valid, gobj.errors() if not gobj.is_valid else '')
for f in G['features']:
    g = f.get('geometry')
    if g and g.get('type')=='Point':
        lon, lat = g['coordinates'][:2]
        if not (-180<=lon<=180 and -90<=lat<=90): bad('geo out of range', f)
placed = {e['id'] for e in J['entities'] if e['type']=='place'}
gids = [f.get('@id') or f.get('id') or f.get('properties',{}).get('id') for f in G['features']]
print('geojson features', len(G['features']), 'places in json', len(placed), 'sample id', gids[:3])
print('geojson keys', list(G.keys()), list(G['features'][0].keys()))
# 4 timelinejs
T = json.load(open(P+'.timelinejs.json'))
print('timeline keys', list(T.keys()), len(T.get('events',[])))
for ev in T.get('events', []):
    sd = ev.get('start_date', {})
    if 'year' not in sd: bad('timeline no year', ev)
    for k,v in sd.items():
        if k in('year','month','day') and not str(v).lstrip('-').isdigit(): bad('timeline bad', k, v)
# 5 csl
C = json.load(open(P+'.csl.json'))
for c in C:
    if 'id' not in c or 'type' not in c: bad('csl missing id/type', c)
print('csl', len(C), json.dumps(C[0])[:400])
# 6 tei
for f in sorted(glob.glob(P.replace('ed','')+'tei/*.xml') or glob.glob('out/tei/*.xml')):
    try:
        t = ET.parse(f)
        r = t.getroot()
        if r.tag != '{http://www.tei-c.org/ns/1.0}TEI': bad('tei root', f, r.tag)
    except Exception as ex: bad('TEI not well-formed', f, ex)
# 7 csv
for f in sorted(glob.glob('out/csv/*.csv')):
    df = pd.read_csv(f)
    print('csv', os.path.basename(f), df.shape, list(df.columns)[:12])
ent = pd.read_csv('out/csv/entities.csv')
if len(ent) != len(J['entities']): bad('csv entities', len(ent), 'json', len(J['entities']))
print('ISSUES', len(issues))
for i in issues[:40]: print(' -', i[:300])
