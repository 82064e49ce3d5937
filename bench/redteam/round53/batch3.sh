#!/bin/bash
cd /work/redteam53; V=venv/bin/vitrina; C=work/c.db; E=work/exp; mkdir -p $E
r() { ./run.sh "$@" > /dev/null; }
r X01 export "collection" "valid W3C annotations JSON-LD" -- $V export --db $C --format annotations -o $E/ann.jsonld
r X02 export "collection" "valid TimelineJS JSON" -- $V export --db $C --format timelinejs -o $E/tl.json
r X03 export "collection" "valid Linked Places GeoJSON" -- $V export --db $C --format geojson -o $E/lp.geojson
r X04 export "collection" "valid CSL-JSON" -- $V export --db $C --format csl -o $E/csl.json
r X05 export "collection" "folder of well-formed TEI" -- $V export --db $C --format tei -o $E/tei
r X06 export "collection" "folder of CSVs" -- $V export --db $C --format csv -o $E/csv
r X07 export "collection json to stdout" "JSON on stdout" -- $V export --db $C --format json
r X08 export "tei again into same folder" "replaces its own files" -- $V export --db $C --format tei -o $E/tei
r X09 export "tei into folder with foreign file of same name" "refused, foreign file kept" -- $V export --db $C --format tei -o $E/tei2
r X10 export "injection db json" "escaped JSON" -- $V export --db work/h/inj.db --format json -o $E/inj.json
r X11 export "injection db tei" "well-formed TEI, escaped" -- $V export --db work/h/inj.db --format tei -o $E/inj-tei
r X12 export "ctrl-char db csv" "control chars not raw" -- $V export --db work/h/f20.db --format csv -o $E/ctl-csv
r X13 export "ESC file-name db csv" "file name percent-encoded" -- $V export --db work/h/p04.db --format csv -o $E/p04-csv
r X14 export "RTL/combining db tei" "well-formed" -- $V export --db work/h/f19.db --format tei -o $E/rtl-tei
r X15 export "annotations to -o path with missing folders" "folders made" -- $V export --db $C --format annotations -o $E/new/dir/a.json
echo done3
