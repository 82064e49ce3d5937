import sys, time, json, socket, http.client, urllib.parse, re
port = int(sys.argv[1]); tests = json.load(open(sys.argv[2])); out = open('raw_web.tsv', 'a', encoding='utf-8')
def req(method, path, body=None, headers=None, raw=None):
    t = time.time()
    if raw is not None:
        s = socket.create_connection(('127.0.0.1', port), timeout=30); s.sendall(raw)
        data = b''
        try:
            while True:
                c = s.recv(65536)
                if not c: break
                data += c
        except Exception: pass
        s.close(); st = data.split(b' ', 2)[1].decode() if data.startswith(b'HTTP') else 'noresp'
        return st, data, time.time() - t, {}
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse(); d = r.read(); return str(r.status), d, time.time() - t, dict(r.getheaders())
for t in tests:
    try:
        st, data, dt, h = req(t.get('method', 'GET'), t.get('path', '/'), t.get('body'), t.get('headers'), t['raw'].encode('latin-1') if 'raw' in t else None)
    except Exception as e:
        st, data, dt, h = 'EXC ' + repr(e)[:80], b'', 0, {}
    txt = data.decode('utf-8', 'replace')
    checks = []
    for pat in t.get('absent', []):
        if pat in txt: checks.append(f'FOUND forbidden {pat!r}')
    for pat in t.get('present', []):
        if pat not in txt: checks.append(f'MISSING {pat!r}')
    tb = 'Traceback' in txt
    ok_status = st in t.get('status', ['200'])
    verdict = 'PASS' if ok_status and not checks and not tb else 'FAIL'
    obs = f'HTTP {st}, {len(data)} bytes, {dt:.2f}s, ctype={h.get("Content-Type", h.get("content-type", ""))}' + ('; ' + '; '.join(checks) if checks else '') + ('; traceback in body' if tb else '')
    open(f'logs/{t["id"]}.body', 'wb').write(data[:200000])
    print(t['id'], verdict, obs)
    out.write('\t'.join([t['id'], t['cls'], t['input'], f'{t.get("method","GET")} {t.get("path", "(raw)")[:120]}', t['expect'], obs, verdict]) + '\n')
