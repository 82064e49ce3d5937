#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# JSON endpoints answer a wrong method in text/plain, and ignore an invalid limit while an invalid page is a 400.
echo "Ann Hartwell married William Cobley in 1843 at Exeter." > a.txt; $V build a.txt --db t.db >/dev/null 2>&1
$V serve --db t.db --port 8791 >/dev/null 2>&1 & P=$!; sleep 6
curl -s -X DELETE -w '  [%{http_code} %{content_type}]\n' 'http://127.0.0.1:8791/search.json?q=x'
curl -s -o /dev/null -w 'limit=abc [%{http_code}]\n' 'http://127.0.0.1:8791/search.json?q=hartwell&limit=abc'
curl -s -w '  [%{http_code}]\n' 'http://127.0.0.1:8791/search.json?q=hartwell&page=-1'
curl -s 'http://127.0.0.1:8791/entities.json' | python3 -c "import json,sys; e=json.load(sys.stdin)['entities'][0]['id']; print(e)" > eid
curl -s "http://127.0.0.1:8791/entities/$(cat eid).json" | python3 -c "import json,sys; d=json.load(sys.stdin); print('details is', type(d['details']).__name__)"
kill $P
echo "expected: JSON error bodies with status; 400 for limit=abc; details an object"
