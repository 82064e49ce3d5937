#!/bin/bash
cd /work/redteam49
r(){ ./h.py "$@" >/dev/null; }
rm -rf out/ex; mkdir -p out/ex
r X01 export "json" "valid, schema-valid" '$V export --db db/main.db --format json -o out/ex/a.json && tools/bin/python validate.py json out/ex/a.json'
r X02 export "annotations" "valid W3C anno, parses as JSON-LD" '$V export --db db/main.db --format annotations -o out/ex/anno.json && tools/bin/python validate.py annotations out/ex/anno.json'
r X03 export "geojson" "valid Linked Places, coords in range" '$V export --db db/main.db --format geojson -o out/ex/places.geojson && tools/bin/python validate.py geojson out/ex/places.geojson'
r X04 export "timelinejs" "valid" '$V export --db db/main.db --format timelinejs -o out/ex/tl.json && tools/bin/python validate.py timelinejs out/ex/tl.json'
r X05 export "csl" "valid CSL-JSON" '$V export --db db/main.db --format csl -o out/ex/csl.json && tools/bin/python validate.py csl out/ex/csl.json'
r X06 export "tei folder" "every file parses" '$V export --db db/main.db --format tei -o out/ex/tei && tools/bin/python validate.py tei out/ex/tei'
r X07 export "csv folder" "pandas reads every table" '$V export --db db/main.db --format csv -o out/ex/csv && tools/bin/python validate.py csv out/ex/csv'
r X08 export "json to stdout" "JSON on stdout, message on stderr" '$V export --db db/main.db --format json | python3 -m json.tool >/dev/null && echo STDOUT_JSON_OK'
r X09 export "injection db: json/tei/csv/annotations/geojson" "valid and escaped" 'for f in json annotations geojson timelinejs csl; do $V export --db db/inj.db --format $f -o out/ex/inj.$f.json || echo FAIL $f; done; $V export --db db/inj.db --format tei -o out/ex/injtei && tools/bin/python validate.py tei out/ex/injtei; $V export --db db/inj.db --format csv -o out/ex/injcsv && tools/bin/python validate.py csv out/ex/injcsv; for f in json annotations geojson timelinejs csl; do python3 -m json.tool out/ex/inj.$f.json >/dev/null || echo INVALID $f; done'
r X10 export "tei export into folder holding foreign file of same name" "refused, one Error line, nothing written" 'rm -rf out/ex/tei2; mkdir -p out/ex/tei2; echo mine > out/ex/tei2/qc-01_log_outward.xml; $V export --db db/main.db --format tei -o out/ex/tei2; cat out/ex/tei2/qc-01_log_outward.xml; ls out/ex/tei2 | wc -l'
r X11 export "one-file export -o onto existing directory" "Error exit 1/2" '$V export --db db/main.db --format json -o out/ex/tei'
r X12 export "-o into /proc path" "Error, no traceback" '$V export --db db/main.db --format json -o /proc/nope/x.json'
r X13 export "control-char file name db (c50) csv/json" "names percent-encoded, valid" '$V export --db db/c50.db --format csv -o out/ex/c50csv && tools/bin/python validate.py csv out/ex/c50csv && grep -c $(printf "\x1b") out/ex/c50csv/*.csv'
r P01 publish "publish main to fresh dir" "exit 0, pages written" 'rm -rf out/site; $V publish --db db/main.db --static out/site && find out/site -type f | wc -l'
r P02 publish "publish into dir with foreign index.html" "refused before writing" 'rm -rf out/site2; mkdir -p out/site2; echo mine > out/site2/index.html; $V publish --db db/main.db --static out/site2; cat out/site2/index.html; ls out/site2 | wc -l'
r P03 publish "publish inj db; grep raw script" "no unescaped injection" 'rm -rf out/siteinj; $V publish --db db/inj.db --static out/siteinj && grep -rl "<script>alert\|onerror=alert\|<svg onload\|<img src=x" out/siteinj | head'
echo Q3DONE
