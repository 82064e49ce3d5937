#!/bin/bash
# Medium: an ISO date "1941-06-22" in running text becomes the EDTF range 1941/2006.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'Notes\n\nOn 1941-06-22 Germany invaded the Soviet Union.\n' > d.txt
"$V" build --db t.db d.txt
"$V" export --db t.db --format json | python3 -c "import json,sys; print([(x['text'], x['edtf']) for x in json.load(sys.stdin)['documents'][0]['dates']])"
"$V" search invaded --db t.db --date 2000   # matches, though the event is in 1941
