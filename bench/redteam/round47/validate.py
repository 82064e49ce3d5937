import json, sys, glob, os
from pathlib import Path
d = Path(sys.argv[1]); res = {}
# annotations via pyld + rdflib
try:
    from pyld import jsonld
    a = json.load(open(d/'main.annotations.json'))
    items = a if isinstance(a, list) else a.get('items') or a.get('first', {}).get('items') or a
    # offline: replace remote context with a minimal one
    def loader(url, options=None):
        raise Exception('remote context '+url)
    jsonld.set_document_loader(loader)
    try:
        n = jsonld.to_rdf(a, {'format':'application/n-quads'}); res['annotations_pyld'] = f'ok {len(n.splitlines())} quads'
    except Exception as e: res['annotations_pyld'] = 'needs remote ctx: '+str(e)[:100]
    print('annot top keys', list(a.keys())[:8] if isinstance(a, dict) else type(a), json.dumps(a)[:400])
except Exception as e: res['annotations'] = 'ERR '+repr(e)[:200]
# geojson
g = json.load(open(d/'main.geojson.json'))
res['geojson_type'] = g.get('type'); feats = g.get('features', [])
res['geojson_feats'] = [(f.get('properties',{}).get('title'), f.get('geometry')) for f in feats]
t = json.load(open(d/'main.timelinejs.json')); res['tl'] = list(t.keys()); 
bad=[e for e in t.get('events',[]) if 'start_date' not in e or 'year' not in e['start_date']]; res['tl_bad']=len(bad)
c = json.load(open(d/'main.csl.json')); res['csl_n']=len(c); res['csl_types']=sorted({x.get('type') for x in c}); res['csl_missing_id']=[x for x in c if 'id' not in x or 'type' not in x][:2]
res['csl_sample']=c[0]
import pandas as pd
for f in sorted((d/'csv').glob('*.csv')):
    try: df = pd.read_csv(f); res['csv_'+f.stem] = df.shape
    except Exception as e: res['csv_'+f.stem] = 'ERR '+str(e)[:100]
from lxml import etree
for f in sorted((d/'tei').glob('*.xml')):
    try: etree.parse(str(f)); 
    except Exception as e: res['tei_'+f.name] = 'ERR '+str(e)[:100]
res['tei_ok'] = len(list((d/'tei').glob('*.xml')))
import rdflib
for k,v in res.items(): print(k, '=>', v)
