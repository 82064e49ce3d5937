import json, sys, glob, re
import pandas as pd
from lxml import etree
import rdflib
from pyld import jsonld
res=[]
def rec(id,ok,msg): res.append((id,ok,msg)); print(id,'PASS' if ok else 'FAIL',msg[:400])
for db in ['polar','fair']:
    d=json.load(open(f'out/x/{db}.json.json'))
    docs={x['id']:x['text'] for x in d['documents']}
    bad=[]
    for e in d['entities']:
        for m in e['mentions']:
            if docs[m['document']][m['start']:m['end']]!=m['text']: bad.append((e['id'],m))
    for q in d['quantities']+d['quotes']:
        ev=q['evidence']
        if docs[ev['document']][ev['start']:ev['end']]!=ev['text']: bad.append((q['id'],ev))
    for ev in d['events']:
        for x in ev['evidence']:
            if docs[x['document']][x['start']:x['end']]!=x['text']: bad.append((ev['id'],x))
    rec(f'X_{db}_json_offsets',not bad,f'{len(bad)} offsets mismatched {bad[:2]}')
    # annotations
    a=json.load(open(f'out/x/{db}.annotations.json'))
    try:
        g=rdflib.Graph(); g.parse(data=json.dumps(a),format='json-ld')
        rec(f'X_{db}_annotations_rdflib',len(g)>0,f'{len(g)} triples')
    except Exception as ex: rec(f'X_{db}_annotations_rdflib',False,repr(ex))
    try:
        # offline: replace remote context with inline minimal if needed
        ctx=a.get('@context') if isinstance(a,dict) else None
        print('context',ctx if not isinstance(ctx,list) else ctx[:2], type(a), list(a.keys())[:6] if isinstance(a,dict) else len(a))
    except Exception as ex: print(ex)
    # timelinejs
    t=json.load(open(f'out/x/{db}.timelinejs.json'))
    evs=t.get('events',[])
    badt=[e for e in evs if not isinstance(e.get('start_date',{}).get('year'),(int,str))]
    rec(f'X_{db}_timelinejs',not badt and len(evs)>0,f'{len(evs)} events, {len(badt)} without year')
    # geojson
    gj=json.load(open(f'out/x/{db}.geojson.json'))
    feats=gj.get('features',[])
    badg=[]
    for f in feats:
        geo=f.get('geometry')
        if geo and geo.get('type')=='Point':
            lon,lat=geo['coordinates'][:2]
            if not(-180<=lon<=180 and -90<=lat<=90): badg.append(f)
    rec(f'X_{db}_geojson',gj.get('type')=='FeatureCollection' and not badg,f"{len(feats)} features; {len(badg)} bad coords; titles: {[f['properties'].get('title') for f in feats][:40]}")
    # csl
    c=json.load(open(f'out/x/{db}.csl.json'))
    badc=[x for x in c if 'id' not in x or 'type' not in x]
    rec(f'X_{db}_csl',isinstance(c,list) and not badc,f'{len(c)} items; sample {json.dumps(c[0],ensure_ascii=False)[:300]}')
    # tei
    badx=[]
    for f in glob.glob(f'out/x/{db}_tei/*.xml'):
        try:
            x=etree.parse(f)
            for el in x.iter('{http://www.tei-c.org/ns/1.0}date'):
                w=el.get('when')
                if w and not re.match(r'^-?\d{4}(-\d\d(-\d\d)?)?$',w): badx.append((f,w))
        except Exception as ex: badx.append((f,repr(ex)))
    rec(f'X_{db}_tei',not badx,f'{len(glob.glob(f"out/x/{db}_tei/*.xml"))} files; bad: {badx[:5]}')
    # csv
    badcsv=[]; info=[]
    for f in glob.glob(f'out/x/{db}_csv/*.csv'):
        try: df=pd.read_csv(f); info.append((f.split('/')[-1],df.shape))
        except Exception as ex: badcsv.append((f,repr(ex)))
    rec(f'X_{db}_csv',not badcsv,f'{info} {badcsv}')
json.dump(res,open('logs/validate.json','w'))
