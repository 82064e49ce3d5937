import json, sys, glob, os
from lxml import etree
import pandas as pd
from pyld import jsonld
import rdflib
d = sys.argv[1]
out = []
def chk(name, f):
    try: r = f(); out.append((name, 'OK', r))
    except Exception as e: out.append((name, 'BAD', repr(e)[:300]))
def ann():
    a = json.load(open(f'{d}/ann.json'))
    items = a if isinstance(a, list) else a.get('items') or a.get('first', {}).get('items') or a
    ctx = a.get('@context') if isinstance(a, dict) else None
    g = rdflib.Graph(); g.parse(data=json.dumps(a), format='json-ld')
    # annotation targets within text bounds
    return f'type={a.get("type") if isinstance(a,dict) else "list"} ctx={ctx} triples={len(g)}'
chk('annotations rdflib', ann)
def ann_pyld():
    a = json.load(open(f'{d}/ann.json'))
    ex = jsonld.expand(a, {'documentLoader': None} if False else None)
    return f'expanded {len(ex)}'
chk('annotations pyld', ann_pyld)
def tl():
    t = json.load(open(f'{d}/tl.json'))
    evs = t['events']; bad = [e for e in evs if 'start_date' not in e or 'year' not in e['start_date']]
    yrs = sorted(int(e['start_date']['year']) for e in evs)
    return f'{len(evs)} events, bad={len(bad)}, years {yrs[:3]}..{yrs[-1]}'
chk('timelinejs', tl)
def geo():
    g = json.load(open(f'{d}/geo.json'))
    assert g['type'] == 'FeatureCollection'
    bad = []
    for f in g['features']:
        geom = f.get('geometry')
        if geom and geom.get('type') == 'Point':
            lon, lat = geom['coordinates'][:2]
            if not (-180 <= lon <= 180 and -90 <= lat <= 90): bad.append(f)
    if '@context' in g:
        rdflib.Graph().parse(data=json.dumps(g), format='json-ld')
    return f'{len(g["features"])} features, bad coords {len(bad)}, ' + ', '.join(f.get('properties', {}).get('title', '?') + str((f.get('geometry') or {}).get('coordinates')) for f in g['features'])
chk('geojson', geo)
def csl():
    c = json.load(open(f'{d}/csl.json')); assert isinstance(c, list)
    for x in c: assert 'id' in x and 'type' in x
    return f'{len(c)} items; e.g. {json.dumps(c[0])[:200]}'
chk('csl', csl)
def tei():
    n = 0
    for f in glob.glob(f'{d}/tei/*.xml'):
        etree.parse(f, etree.XMLParser(resolve_entities=False, no_network=True)); n += 1
    return f'{n} TEI files parse'
chk('tei', tei)
def csv():
    r = []
    for f in sorted(glob.glob(f'{d}/csv/*.csv')):
        df = pd.read_csv(f, keep_default_na=False); r.append(f'{os.path.basename(f)}:{len(df)}')
    return ' '.join(r)
chk('csv', csv)
def js():
    j = json.load(open(f'{d}/arch.json')); return f'{len(j["documents"])} docs'
chk('json', js)
for o in out: print(*o)
