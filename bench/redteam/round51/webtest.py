import urllib.request, urllib.error, json, re, sys, socket, time
B='http://127.0.0.1:8651'
def get(p, method='GET', data=None, headers={}):
    t=time.time()
    req=urllib.request.Request(B+p, method=method, data=data, headers=headers)
    try:
        r=urllib.request.urlopen(req, timeout=60); body=r.read(); code=r.status; ct=r.headers.get('content-type')
    except urllib.error.HTTPError as e:
        body=e.read(); code=e.code; ct=e.headers.get('content-type')
    except Exception as e:
        return ('EXC', str(e)[:100], b'', time.time()-t)
    return (code, ct, body, time.time()-t)
bad=[rb'<script>alert', rb'onerror=alert', rb'href="javascript:', rb"href='javascript:", rb'<iframe', rb'\x1b[', rb'src=x onerror']
def check(id, p, method='GET', data=None, expect=None, headers={}):
    code, ct, body, dt = get(p, method, data, headers)
    hits=[b.decode() for b in bad if b in body] if isinstance(body,bytes) else []
    tb = b'Traceback' in body
    ok = (not hits) and not tb and (expect is None or str(code) in expect.split(','))
    print(f"{id}\t{method} {p[:80]}\t{code}\t{ct}\t{len(body)}B\t{dt:.2f}s\thits={hits}\ttb={tb}\t{'PASS' if ok else 'FAIL'}")
    return body
pages=['/', '/entities', '/people', '/map', '/timeline', '/graph', '/search', '/ask', '/compare', '/index.json']
i=0
for p in pages: i+=1; check(f'S{i:03d}', p, expect='200')
docs=re.findall(r'/documents/[^"]+', get('/')[2].decode())
for d in sorted(set(docs)):
    i+=1; check(f'S{i:03d}', d, expect='200'); i+=1; check(f'S{i:03d}', d+'.json', expect='200')
for e in ['/entities/organization-paris-studio','/entities/person-walter-lincoln','/entities/organization-lincoln-photo-co','/entities/place-kingstown','/entities/place-dun-laoghaire','/entities/organization-harrison-boston-ltd']:
    i+=1; check(f'S{i:03d}', e, expect='200'); i+=1; check(f'S{i:03d}', e+'.json', expect='200')
hostile=[('/../../../../etc/passwd','404,400'),('/static/../../../../etc/passwd','404,400'),('/static/..%2f..%2f..%2f..%2fetc%2fpasswd','404,400'),('/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd','404,400'),
 ('/documents/..%2f..%2fetc%2fpasswd','404,400'),('/documents/%00','404,400'),('/documents/'+'A'*10000,'404,414,400'),
 ('/search?q='+'A'*100000,'200,414,400'),('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E','200'),('/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E','200'),
 ('/search?q=*','200'),('/search?q=%22','200'),('/search?q=NEAR(a%20b)','200'),('/search?q=a%20OR%20','200'),('/search?q=%1b%5b31m','200'),('/search?q=Paris&limit=-1','200,400'),('/search?q=Paris&limit=999999999','200,400'),
 ('/search.json?q=Paris','200,404'),('/ask?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E','200'),('/ask?q='+'who%20'*5000,'200,400,414'),('/ask.json?q=Who%20opened%20the%20Paris%20Studio%3F','200,404'),
 ('/timeline?from=NaN','200,400'),('/map?bbox=1,2,3','200,400'),('/entities?type=%3Cscript%3E','200,400'),('/compare?document=%3Cscript%3E','200,400,404'),('/documents/xss?section=%3Cscript%3E','200,400,404'),
 ('/documents/negative_register','200,301,308'),]
for p,ex in hostile: i+=1; check(f'S{i:03d}', p, expect=ex)
for m in ['POST','PUT','DELETE','OPTIONS','TRACE','PATCH']:
    i+=1; check(f'S{i:03d}', '/', method=m, data=b'x' if m in ('POST','PUT','PATCH') else None, expect='405,404,400,200,501')
i+=1; check(f'S{i:03d}', '/ask', method='POST', data=b'q='+b'A'*5_000_000, expect='405,413,400,200')
i+=1; check(f'S{i:03d}', '/', headers={'Host':'<script>alert(1)</script>'}, expect='200,400')
i+=1; check(f'S{i:03d}', '/', headers={'Accept-Language':'x'*8000}, expect='200,400,431')
