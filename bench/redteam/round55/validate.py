import json, sys, glob, os
from lxml import etree
import pandas as pd
from pyld import jsonld
import rdflib
out = sys.argv[1]; pfx = sys.argv[2]
res = {}
a = json.load(open(f'{out}/{pfx}.annotations.json'))
try:
    # Annotation JSON-LD: use local context? pyld would fetch w3 context: offline. Use rdflib with a local context copy if fails
    g = rdflib.Graph(); 
    items = a.get('items') or a.get('first', {}).get('items') or a
    res['annotations_type'] = a.get('type') if isinstance(a, dict) else type(a).__name__
    res['annotations_n'] = len(items) if isinstance(items, list) else None
    bad = [x.get('id') for x in items if not (x.get('target') and x.get('body') is not None)]
    res['annotations_missing_target_or_body'] = len(bad)
    ctx = a.get('@context')
    res['annotations_context'] = ctx
except Exception as e:
    res['annotations_err'] = repr(e)
t = json.load(open(f'{out}/{pfx}.timelinejs.json'))
res['timeline_events'] = len(t.get('events', []))
res['timeline_bad'] = [e.get('start_date') for e in t['events'] if not e.get('start_date', {}).get('year')][:5]
gj = json.load(open(f'{out}/{pfx}.geojson.json'))
res['geojson_type'] = gj.get('type'); 
feats = gj.get('features', [])
res['geojson_feats'] = len(feats)
res['geojson_nullgeom'] = sum(1 for f in feats if not f.get('geometry'))
res['geojson_badcoords'] = [f['properties'].get('title') for f in feats if f.get('geometry') and f['geometry'].get('coordinates') and not (-180<=f['geometry']['coordinates'][0]<=180 and -90<=f['geometry']['coordinates'][1]<=90)]
csl = json.load(open(f'{out}/{pfx}.csl.json'))
res['csl_n'] = len(csl)
res['csl_missing'] = [c.get('id') for c in csl if not c.get('type') or not c.get('title')]
res['csl_issued'] = [(c.get('id'), c.get('issued')) for c in csl][:20]
errs = []
for f in glob.glob(f'{out}/tei/*.xml'):
    try:
        etree.parse(f, etree.XMLParser(resolve_entities=False, no_network=True))
    except Exception as e:
        errs.append((f, str(e)))
res['tei_files'] = len(glob.glob(f'{out}/tei/*.xml')); res['tei_errs'] = errs
for f in sorted(glob.glob(f'{out}/csv/*.csv')):
    try:
        df = pd.read_csv(f, keep_default_na=False); res['csv_'+os.path.basename(f)] = df.shape
    except Exception as e:
        res['csv_'+os.path.basename(f)] = 'ERR '+repr(e)
print(json.dumps(res, indent=1, default=str))
