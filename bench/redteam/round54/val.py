import json,sys,glob,os
from lxml import etree
import pandas as pd
d=sys.argv[1]; p=sys.argv[2]
res=[]
def ok(n,c,msg=''): res.append((n,c,msg))
for f in ['json','annotations','timelinejs','geojson','csl']:
    try:
        j=json.load(open(f'{d}/{p}.{f}')); ok(f,True,str(type(j).__name__))
    except Exception as e: ok(f,False,repr(e)[:200]); continue
    if f=='geojson':
        feats=j.get('features',[])
        bad=[x for x in feats if x.get('geometry') and not (-90<=x['geometry'].get('coordinates',[0,0])[1]<=90)] if feats else []
        ok('geojson-features',len(feats)>0,f'{len(feats)} feats, {len(bad)} bad, type={j.get("type")}')
    if f=='annotations':
        items=j.get('items') or j.get('first',{}).get('items') or (j if isinstance(j,list) else [])
        ok('anno-items',True,f"{len(items)} items; ctx={j.get('@context') if isinstance(j,dict) else None}")
        # check selectors in range
    if f=='timelinejs':
        ok('tl-events',True,f"{len(j.get('events',[]))} events")
    if f=='csl':
        ok('csl',isinstance(j,list),f"{len(j)} refs; types={set(x.get('type') for x in j)}")
for x in glob.glob(f'{d}/{p}_tei/*.xml'):
    try: etree.parse(x); 
    except Exception as e: ok('tei '+os.path.basename(x),False,repr(e)[:200])
ok('tei-all',True,str(len(glob.glob(f'{d}/{p}_tei/*.xml'))))
for x in glob.glob(f'{d}/{p}_csv/*.csv'):
    try: df=pd.read_csv(x); ok('csv '+os.path.basename(x),True,str(df.shape))
    except Exception as e: ok('csv '+os.path.basename(x),False,repr(e)[:200])
for r in res: print(r)
