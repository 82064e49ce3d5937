import requests, sys, json, re
from urllib.parse import urljoin, urlparse, quote
import lxml.html
B=sys.argv[1]; seen=set(); q=['/','/people','/entities','/timeline','/map','/graph','/compare','/search?q=alert','/ask?q=Who+is+Mallory%3F','/search?q=%3Cscript%3E','/ask?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E']
finds=[]
def scan_html(p, content):
    d=lxml.html.fromstring(content)
    for el in d.iter():
        if not isinstance(el.tag,str): continue
        for k,v in el.attrib.items():
            if k.lower().startswith('on'): finds.append((p,'event attr',el.tag,k,v[:60]))
            if k in('href','src','action','formaction','data') and v.strip().lower().startswith('javascript:'): finds.append((p,'js url',el.tag,k,v[:60]))
        if el.tag=='script' and el.text and 'alert' in el.text: finds.append((p,'inline script', el.text[:80]))
        if el.tag in('iframe','svg','style','u','i') : finds.append((p,'injected tag?',el.tag, (el.text or '')[:40]))
        if el.tag=='img' and (el.get('src') or '').startswith(('x','http://evil')): finds.append((p,'img injected',el.get('src')))
        if el.tag=='b' and (el.text or '') in ('name','x'): finds.append((p,'b injected', el.text))
while q and len(seen)<400:
    p=q.pop(0)
    if p in seen: continue
    seen.add(p); r=requests.get(B+p)
    ct=r.headers.get('content-type','')
    if r.status_code!=200: finds.append((p,'status',r.status_code)); continue
    if 'html' in ct:
        scan_html(p, r.content)
        d=lxml.html.fromstring(r.content)
        for a in d.xpath('//a/@href'):
            u=urlparse(urljoin(p,a))
            if u.netloc or u.scheme: continue
            if u.path.startswith('/static'): continue
            if u.path not in seen: q.append(u.path)
    if 'json' in ct:
        try: json.loads(r.content)
        except Exception as e: finds.append((p,'bad json',str(e)))
    # check response headers
    if p=='/': print('headers', {k:v for k,v in r.headers.items() if k.lower() in ('content-security-policy','x-content-type-options','x-frame-options','referrer-policy')})
print(len(seen),'pages')
for f in finds: print(f)
