import http.client, json, time, re, sys, socket
H, P = '127.0.0.1', int(sys.argv[1]); pref = sys.argv[2]
def req(method, path, body=None, headers=None, raw=None):
    t0 = time.time()
    try:
        if raw is not None:
            s = socket.create_connection((H, P), timeout=30); s.sendall(raw); data = b''
            while True:
                c = s.recv(65536)
                if not c: break
                data += c
            s.close(); st = int(data.split(b' ')[1]) if data.startswith(b'HTTP') else -1
            return st, data, time.time() - t0, {}
        c = http.client.HTTPConnection(H, P, timeout=30); c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse(); d = r.read(); return r.status, d, time.time() - t0, dict(r.getheaders())
    except Exception as e: return -1, repr(e).encode(), time.time() - t0, {}
XSS = re.compile(rb'<script>alert|onerror=alert|href="javascript:|<img src=x', re.I)
tests = [
 ('traversal ../', 'GET', '/static/../../../../etc/passwd', [404, 400, 403]),
 ('traversal encoded', 'GET', '/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd', [404, 400, 403]),
 ('traversal doc id', 'GET', '/documents/..%2F..%2Fetc%2Fpasswd', [404, 400]),
 ('traversal double enc', 'GET', '/static/%252e%252e/%252e%252e/etc/passwd', [404, 400]),
 ('static backslash', 'GET', '/static/..\\..\\etc\\passwd', [404, 400]),
 ('unknown page', 'GET', '/nope', [404]),
 ('unknown doc', 'GET', '/documents/nope', [404]),
 ('unknown doc json', 'GET', '/documents/nope.json', [404]),
 ('unknown entity', 'GET', '/entities/person-nobody', [404]),
 ('huge query', 'GET', '/search?q=' + 'A' * 100000, [200, 400, 414, 431]),
 ('huge query ask', 'GET', '/ask?q=' + 'who%20' * 20000, [200, 400, 414, 431]),
 ('search xss', 'GET', '/search?q=%3Cscript%3Ealert(1)%3C/script%3E', [200]),
 ('ask xss', 'GET', '/ask?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20who', [200]),
 ('search fts syntax', 'GET', '/search?q=%22unbalanced%20AND%20OR%20NEAR(%20*', [200]),
 ('search NUL', 'GET', '/search?q=Kel%00ler', [200, 400]),
 ('search bad utf8', 'GET', '/search?q=%ff%fe%fd', [200, 400]),
 ('search date bad', 'GET', '/search?q=Keller&date=zzz', [200, 400]),
 ('search limit huge', 'GET', '/search?q=Keller&limit=999999999999', [200, 400]),
 ('search limit neg', 'GET', '/search?q=Keller&limit=-5', [200, 400]),
 ('search limit nan', 'GET', '/search?q=Keller&limit=NaN', [200, 400]),
 ('search page huge', 'GET', '/search?q=Keller&page=99999999999999999999', [200, 400]),
 ('search repeated param', 'GET', '/search?q=Keller&q=Varga&q=x', [200, 400]),
 ('search hl bad', 'GET', '/documents/p01_ludmila_programme_1923?hl=999999-1', [200, 400]),
 ('search hl junk', 'GET', '/documents/p01_ludmila_programme_1923?hl=%3Cscript%3E', [200, 400]),
 ('ask empty', 'GET', '/ask?q=', [200, 400]),
 ('ask sql', 'GET', "/ask?q=who'%20OR%201=1;%20DROP%20TABLE%20documents;--", [200]),
 ('POST root', 'POST', '/', [405, 404, 400, 501]),
 ('PUT doc', 'PUT', '/documents/c06_r_v_grey', [405, 404, 400, 501]),
 ('DELETE doc', 'DELETE', '/documents/c06_r_v_grey', [405, 404, 400, 501]),
 ('TRACE', 'TRACE', '/', [405, 404, 400, 501]),
 ('OPTIONS', 'OPTIONS', '/', [200, 204, 405, 501]),
 ('HEAD doc', 'HEAD', '/documents/c06_r_v_grey', [200]),
 ('PROPFIND', 'PROPFIND', '/', [405, 400, 501]),
 ('POST big body', 'POST', '/ask', [405, 400, 413, 200, 501]),
 ('host header injection', 'GET', '/', [200, 400]),
 ('map page', 'GET', '/map', [200]),
 ('timeline page', 'GET', '/timeline', [200]),
 ('graph page', 'GET', '/graph', [200]),
 ('people page', 'GET', '/people', [200]),
 ('entities page', 'GET', '/entities', [200]),
 ('compare page', 'GET', '/compare', [200]),
 ('doc json xss', 'GET', '/documents/srv-arch-perf-xss.json', [200]),
 ('doc ctrl', 'GET', '/documents/ctrl', [200]),
 ('doc ctrl json', 'GET', '/documents/ctrl.json', [200]),
 ('doc rtl', 'GET', '/documents/rtl', [200]),
 ('place georgia', 'GET', '/entities/place-georgia', [200]),
 ('entity json', 'GET', '/entities/person-maria-keller.json', [200]),
 ('old id', 'GET', '/documents/C06_r_v_grey', [200, 301, 308, 404]),
 ('double slash', 'GET', '//etc/passwd', [404, 400]),
 ('absolute uri', 'GET', 'http://evil.example/', [200, 400, 404]),
]
out = []
for i, (name, m, path, ok) in enumerate(tests, 1):
    body = b'x' * 5_000_000 if name == 'POST big body' else None
    hdr = {'Host': 'evil"><script>alert(9)</script>'} if name == 'host header injection' else None
    st, d, dt, h = req(m, path, body, hdr)
    reasons = []
    if st not in ok: reasons.append(f'status {st} not in {ok}')
    if b'root:x:0:0' in d: reasons.append('passwd leaked')
    if XSS.search(d) and not path.endswith('.json'): reasons.append('unescaped injection in HTML')
    if b'Traceback' in d: reasons.append('traceback in response')
    if re.search(rb'[\x00-\x08\x0b\x0c\x0e-\x1f]', d) and st == 200: reasons.append('raw control bytes in body')
    if dt > 10: reasons.append(f'slow {dt:.1f}s')
    ct = h.get('Content-Type', '')
    if path.endswith('.json') and st == 200:
        try: json.loads(d)
        except Exception: reasons.append('invalid JSON twin')
        if 'json' not in ct: reasons.append('json twin served as ' + ct)
    rec = dict(id=f'{pref}{i:03d}', **{'class': 'web'}, input=name, command=f'{m} {path[:120]}', expected=str(ok), exit=st,
               seconds=round(dt, 2), maxrss_kb=None, traceback=b'Traceback' in d, control_bytes=False,
               observed=f'{st} {len(d)} bytes {ct}', verdict='FAIL' if reasons else 'PASS', reasons=reasons)
    open('/work/redteam48/logs/attacks.jsonl', 'a').write(json.dumps(rec) + '\n')
    open(f'/work/redteam48/logs/{pref}{i:03d}.body', 'wb').write(d[:200000])
    print(rec['id'], name, st, len(d), f'{dt:.2f}s', rec['verdict'], reasons)
