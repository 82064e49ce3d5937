#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# POST with a malformed chunked body: client gets 400, but 'vitrina serve' prints 'Exception in ASGI application' and a full traceback
printf 'Alpha\n\nAnna Kowalski lived in Gdansk in 1934.\n' > a.txt
"$V" build a.txt --db s.db
"$V" serve --db s.db --port 8791 2> serve.err & SP=$!
sleep 8
python3 - <<'PY'
import socket
s=socket.create_connection(("127.0.0.1",8791)); s.sendall(b"POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")
print(s.recv(200)[:40]); s.close()
PY
sleep 1; kill $SP; wait $SP 2>/dev/null
grep -n -m3 "Traceback\|ASGI\|LocalProtocolError" serve.err && echo "DEFECT: traceback printed by vitrina serve"
