cd /work/redteam47
V=venv/bin/vitrina; P=8747
for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:$P/ && break; sleep 1; done
s() { id=$1; desc=$2; exp=$3; url=$4; shift 4; ./h.py $id web "$desc" 0 "curl -s -g -o /tmp/rt47_$id.body -w '%{http_code}' $url; echo; head -c 3000 /tmp/rt47_$id.body" --ok "$exp" "$@" 2>&1 | head -2; }
s W01 front '^200' "http://127.0.0.1:$P/"
curl -s http://127.0.0.1:$P/ | grep -o 'href="[^"]*"' | sort -u | head -40 > logs/links.txt
s W02 traversal '^(404|400)' "'http://127.0.0.1:$P/static/../../../../etc/passwd'" --bad 'root:x'
s W03 traversal-enc '^(404|400)' "'http://127.0.0.1:$P/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd'" --bad 'root:x'
s W04 traversal-dbl '^(404|400)' "'http://127.0.0.1:$P/static/..%252f..%252fetc/passwd'" --bad 'root:x'
s W05 huge-query '^(200|400|414|431)' "'http://127.0.0.1:$P/search?q=$(python3 -c 'print("a"*60000)')'"
s W06 search-xss '^200' "'http://127.0.0.1:$P/search?q=%3Cscript%3Ealert(1)%3C/script%3E'" --bad '<script>alert\(1\)'
s W07 ask-xss '^200' "'http://127.0.0.1:$P/ask?q=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E'" --bad '<img src=x onerror'
s W08 odd-method '^(405|501|400)' "-X DELETE http://127.0.0.1:$P/"
s W09 odd-method-trace '^(405|501|400)' "-X TRACE http://127.0.0.1:$P/"
s W10 not-found '^404' "http://127.0.0.1:$P/nonexistent-page-xyz"
s W11 type-catalogue-page '^200' "http://127.0.0.1:$P/documents/mnh-type-catalogue" --bad "<script>alert\('xss-in-source'\)|onerror=\"alert"
s W12 type-catalogue-json '^200' "http://127.0.0.1:$P/documents/mnh-type-catalogue.json" --bad '<script>alert'
s W13 catalogue-record-xss '^200' "http://127.0.0.1:$P/documents/gazette-1898-06-25-no413" --bad "<script>alert\('cat'\)"
s W14 person-page '^200' "http://127.0.0.1:$P/entities/person-edith-marrow"
s W15 person-json '^200' "http://127.0.0.1:$P/entities/person-edith-marrow.json"
s W16 place-page '^200' "http://127.0.0.1:$P/entities/place-paris-hill"
s W17 map '^200' "http://127.0.0.1:$P/map"
s W18 timeline '^200' "http://127.0.0.1:$P/timeline" --ok '1898'
s W19 search-ocr '^200' "'http://127.0.0.1:$P/search?q=Mufeum'" --ok 'Mufeum'
s W20 ask-web '^200' "'http://127.0.0.1:$P/ask?q=Who+led+the+survey%3F'" --ok 'Feld'
s W21 search-nul '^(200|400)' "'http://127.0.0.1:$P/search?q=%00%1b%5b2J'"
s W22 search-badutf8 '^(200|400)' "'http://127.0.0.1:$P/search?q=%ff%fe%c0'"
s W23 header-inject '^(200|400|404)' "'http://127.0.0.1:$P/documents/x%0d%0aSet-Cookie:%20a=b'" --bad 'Set-Cookie: a=b'
s W24 host-header '^(200|400)' "-H 'Host: evil.example' http://127.0.0.1:$P/" --bad 'evil.example'
s W25 long-path '^(404|414|400)' "'http://127.0.0.1:$P/documents/$(python3 -c 'print("a"*20000)')'"
s W26 search-params '^(200|400)' "'http://127.0.0.1:$P/search?q=Marrow&limit=-5&page=NaN&date=zzz'"
s W27 search-huge-limit '^(200|400)' "'http://127.0.0.1:$P/search?q=Marrow&limit=99999999999999999999'"
s W28 compare-page '^200' "http://127.0.0.1:$P/compare"
s W29 graph '^200' "http://127.0.0.1:$P/graph"
echo DONE
