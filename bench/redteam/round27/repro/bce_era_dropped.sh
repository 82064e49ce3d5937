#!/bin/bash
# Medium: "1500 BCE" is stored as EDTF 1500~ (AD 1500): the era is silently dropped.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'Notes\n\nThe temple was built around 1500 BCE in Egypt.\n' > d.txt
"$V" build --db t.db d.txt
"$V" export --db t.db --format json | python3 -c "import json,sys; print([(x['text'], x['edtf']) for x in json.load(sys.stdin)['documents'][0]['dates']])"
"$V" search temple --db t.db --date 1500   # matches AD 1500
