#!/bin/bash
# "Died of wounds c. August 1916" is exported as the certain date 1916-08 (EDTF should be 1916-08~).
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Roll of Honour\n\nNo. 2044 Pte. Walter Akroyd, of Stainforth. Died of wounds c. August 1916.\n' > roll.txt
$V build roll.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); [print(e['date']) for e in d['events']]"
# observed: {'text': 'August 1916', 'edtf': '1916-08'}   expected edtf 1916-08~ (approximate)
