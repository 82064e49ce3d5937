import requests, sys, json, re, collections
from urllib.parse import urljoin, urlparse
import lxml.html
B = sys.argv[1]; seen=set(); q=['/']; res=[]; probs=[]
while q and len(seen)<600:
    p=q.pop(0)
    if p in seen: continue
    seen.add(p)
    r=requests.get(B+p, timeout=30)
    ct=r.headers.get('content-type','')
    res.append((p, r.status_code, ct.split(';')[0], len(r.content)))
    if r.status_code!=200: probs.append(f'{p} -> {r.status_code}'); continue
    if 'html' in ct:
        doc=lxml.html.fromstring(r.content)
        if len(doc.xpath('//h1'))!=1: probs.append(f'{p}: {len(doc.xpath("//h1"))} h1')
        if not doc.xpath('//main'): probs.append(f'{p}: no main')
        for img in doc.xpath('//img'):
            if img.get('alt') is None: probs.append(f'{p}: img without alt {img.get("src")}')
        ids=collections.Counter(doc.xpath('//@id'))
        d=[k for k,v in ids.items() if v>1]
        if d: probs.append(f'{p}: duplicate ids {d[:5]}')
        for a in doc.xpath('//a/@href'):
            u=urlparse(urljoin(p,a))
            if u.netloc or u.scheme in('mailto','data','javascript'): continue
            path=u.path + (('?'+u.query) if u.query and len(seen)<150 else '')
            if path not in seen and not path.startswith('/static'): q.append(path)
    elif 'json' in ct:
        try: json.loads(r.content)
        except Exception as e: probs.append(f'{p}: bad json {e}')
print(len(res),'fetched'); print(collections.Counter(s for _,s,_,_ in res)); print(collections.Counter(c for _,_,c,_ in res))
for x in probs[:50]: print('PROB', x)
json.dump(res, open('logs/crawl_'+urlparse(B).port.__str__()+'.json','w'))
