import json, glob, os, sys
os.chdir('/work/redteam53/work/exp')
from lxml import etree
import pandas as pd, rdflib
res = {}
# annotations JSON-LD
try:
    a = json.load(open('ann.jsonld'))
    items = a if isinstance(a, list) else a.get('items') or a.get('first', {}).get('items') or a.get('@graph') or []
    print('ann top keys', list(a)[:8] if isinstance(a, dict) else type(a), 'items', len(items))
    print(json.dumps(items[0])[:600] if items else '')
    g = rdflib.Graph(); g.parse(data=json.dumps(a), format='json-ld')
    print('rdflib triples', len(g))
    bad = [it for it in items if not it.get('target')]
    print('annotations without target', len(bad))
except Exception as e: print('ANN ERR', repr(e)[:300])
try:
    from pyld import jsonld
    exp = jsonld.expand(a, {'documentLoader': None}) if False else None
except Exception as e: print('pyld', e)
# timelinejs
t = json.load(open('tl.json'))
print('timeline keys', list(t)); evs = t.get('events', [])
print('tl events', len(evs))
for e in evs:
    sd = e.get('start_date', {})
    if str(sd.get('year')) in ('1130',) or (sd.get('year') and int(sd['year']) < 1800): print('  SUSPICIOUS TL', json.dumps(e)[:300])
# geojson
g = json.load(open('lp.geojson'))
print('geojson type', g.get('type'), 'features', len(g.get('features', [])))
for f in g['features']:
    geom = f.get('geometry')
    props = f.get('properties', {})
    print('  feat', props.get('title'), geom and geom.get('coordinates'), f.get('@id') or f.get('id'))
# csl
c = json.load(open('csl.json')); print('csl items', len(c)); print(json.dumps(c[0])[:400])
for it in c:
    if 'issued' in it: print('  csl', it.get('id'), it.get('title')[:50], it.get('issued'))
# tei
for fn in sorted(glob.glob('tei/*.xml')):
    try: etree.parse(fn)
    except Exception as e: print('TEI BAD', fn, e)
print('tei parsed', len(glob.glob('tei/*.xml')))
# csv
for fn in sorted(glob.glob('csv/*.csv')):
    df = pd.read_csv(fn); print('csv', fn, df.shape, list(df.columns)[:10])
