#!/bin/bash
cd /work/redteam49
r(){ ./h.py "$@" >/dev/null; }
PORT=8791; B=http://127.0.0.1:$PORT
nice -n 10 timeout 900 prlimit --as=4000000000 venv/bin/vitrina serve --db db/main.db --port $PORT > logs/serve_main.log 2>&1 &
SP=$!; echo $SP > logs/serve_main.pid
for i in $(seq 60); do curl -s -o /dev/null $B/ && break; sleep 1; done
C="curl -s -m 30 -o /dev/null -w %{http_code}\ %{content_type}\ %{size_download}\\n"
r S01 web "GET /" "200 html" "$C $B/; curl -s $B/ | grep -o 'href=\"[^\"]*\"' | sort -u | head -40"
r S02 web "entity page+JSON twin of Captain Harrow" "200, JSON valid, mentions" "$C $B/entities/person-william-harrow; curl -s $B/entities/person-william-harrow.json | python3 -m json.tool | head -40"
r S03 web "document page + JSON twin" "200, catalogue shown" "$C $B/documents/qc-01_log_outward; curl -s $B/documents/qc-01_log_outward | grep -c -i 'catalogue'; curl -s $B/documents/qc-01_log_outward.json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(list(d)[:20]); print(d.get(\"catalogue\"))'"
r S04 web "ship-place page: place-lincoln and place-sydney-263fca" "no place for the ship (expected: should not exist)" "$C $B/entities/place-lincoln; $C $B/entities/place-sydney-263fca; curl -s $B/entities/place-lincoln.json | head -c 600"
r S05 web "path traversal variants" "404/400, never /etc/passwd" "for p in '/../../../../etc/passwd' '/static/../../../../etc/passwd' '/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd' '/static/..%2f..%2f..%2f..%2fetc%2fpasswd' '/documents/..%2f..%2f..%2fetc%2fpasswd' '//etc/passwd' '/static/%252e%252e/etc/passwd'; do echo \"\$p -> \$(curl -s -m 10 --path-as-is -o /tmp/rt49_tr -w %{http_code} $B\$p) \$(grep -c root:x /tmp/rt49_tr)\"; done; rm -f /tmp/rt49_tr"
r S06 web "100 KB query string to /search" "414/400 or bounded, no crash" "$C \"$B/search?q=\$(python3 -c 'print(\"a\"*100000)')\"; $C $B/"
r S07 web "odd methods DELETE PUT TRACE OPTIONS PATCH on /" "405/501, server alive" "for m in DELETE PUT TRACE OPTIONS PATCH PROPFIND; do echo \$m \$(curl -s -m 10 -X \$m -o /dev/null -w %{http_code} $B/); done; $C $B/"
r S08 web "search with hostile query" "escaped in HTML" "curl -s -m 30 \"$B/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E\" | grep -c '<script>alert\|<img src=x'"
r S09 web "ask with hostile question" "escaped" "curl -s -m 60 \"$B/ask?q=Who+%3Cscript%3Ealert(1)%3C%2Fscript%3E+commanded%3F\" | grep -c '<script>alert'; curl -s -m 60 \"$B/ask.json?q=Who+commanded+the+City+of+Boston%3F\" | head -c 600"
r S10 web "unknown entity / document" "404 page" "$C $B/entities/person-nobody; $C $B/documents/nope; $C $B/entities/person-nobody.json"
r S11 web "search JSON: Pellow" "hits with offsets" "curl -s -m 30 \"$B/search.json?q=Pellow\" | head -c 800"
r S12 web "map and timeline JSON contain planted places/dates" "Cape Town, Valparaíso, 1852-05-28" "for u in map timeline graph compare; do echo \$u \$(curl -s -m 30 -o /tmp/rt49_\$u -w '%{http_code} %{size_download}' $B/\$u) ; done; for u in map.json timeline.json; do curl -s -m 30 $B/\$u | python3 -c 'import json,sys; t=sys.stdin.read(); print(len(t), \"Cape Town\" in t, \"1852-05-28\" in t, \"Valpara\" in t)'; done; rm -f /tmp/rt49_*"
r S13 web "HEAD /, bad Host header, huge header" "sane codes" "curl -s -m 10 -I -o /dev/null -w '%{http_code}\n' $B/; curl -s -m 10 -H 'Host: evil.example<script>' -o /dev/null -w '%{http_code}\n' $B/; curl -s -m 10 -H \"X-Big: \$(python3 -c 'print(\"b\"*200000)')\" -o /dev/null -w '%{http_code}\n' $B/; $C $B/"
r S14 web "search with FTS syntax, NUL, unicode controls" "no 500" "for q in '%22' 'NEAR(a%20b)' 'a%00b' '%E2%80%AE' '*' 'AND' '%F0%9F%9A%A2'; do echo \$q \$(curl -s -m 20 -o /dev/null -w %{http_code} \"$B/search?q=\$q\") \$(curl -s -m 20 -o /dev/null -w %{http_code} \"$B/search.json?q=\$q\"); done"
r S15 concurrency "build into the served db while serving" "build ok, server keeps answering with new data" "cp in/h/rtl.txt out/srv_extra.txt; \$V build out/srv_extra.txt --db db/main.db; sleep 2; $C $B/; curl -s -m 30 \"$B/search.json?q=emoji\" | head -c 300"
kill $SP; wait $SP 2>/dev/null
# injection db
PORT=8792; B=http://127.0.0.1:$PORT
nice -n 10 timeout 600 prlimit --as=4000000000 venv/bin/vitrina serve --db db/inj.db --port $PORT > logs/serve_inj.log 2>&1 &
SP=$!
for i in $(seq 60); do curl -s -o /dev/null $B/ && break; sleep 1; done
r S16 web "inj db: every page linked from / and entities, grep raw payloads" "no raw <script>alert / onerror / svg onload / javascript:" "rm -rf /tmp/rt49_w; mkdir /tmp/rt49_w; cd /tmp/rt49_w; wget -q -r -l 3 -np -nH $B/ 2>/dev/null; find . -type f | wc -l; grep -rl '<script>alert\|<img src=x\|<svg onload\|javascript:alert\|onclick=\"alert' . ; cd /; rm -rf /tmp/rt49_w"
r S17 web "inj db entity JSON twin" "payload kept as data, valid JSON" "for id in \$(curl -s $B/entities.json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(\" \".join(e[\"id\"] for e in (d if isinstance(d,list) else d.get(\"entities\", []))))'); do echo \$id \$(curl -s -o /dev/null -w '%{http_code} %{content_type}' $B/entities/\$id.json); done"
kill $SP; wait $SP 2>/dev/null
# rename redirect on re.db
PORT=8793; B=http://127.0.0.1:$PORT
nice -n 10 timeout 600 prlimit --as=4000000000 venv/bin/vitrina serve --db db/re.db --port $PORT > logs/serve_re.log 2>&1 &
SP=$!
for i in $(seq 60); do curl -s -o /dev/null $B/ && break; sleep 1; done
r S18 rebuild "old id of renamed doc, dropped doc SY-01" "301 to new id; 404/410 for dropped" "curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' $B/documents/ar-01-admiral-rodney; curl -s -o /dev/null -w '%{http_code}\n' $B/documents/sy-01_sydney_log; curl -s -o /dev/null -w '%{http_code}\n' $B/entities/person-james-ferrier; echo old-sydney-id \$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' $B/entities/place-sydney-263fca); curl -s $B/search.json?q=Ferrier | head -c 400"
kill $SP; wait $SP 2>/dev/null
r CMP1 knowledge "compare: corrected 1918 deaths 97 vs 103" "differ or corrected noted" '$V compare --db db/main.db --json | python3 -c "import json,sys; d=json.load(sys.stdin); t=json.dumps(d); print(len(t)); print(\"97\" in t, \"103\" in t)"; $V compare --db db/main.db | head -60'
echo Q5DONE
