#!/bin/bash
# A 24-hour war-diary time "1130 hrs 14.7.16" becomes an event dated the year 1130.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'WAR DIARY\n\n1130 hrs 14.7.16. Objective reached by B Company under Capt. Harold Dyson.\n' > diary.txt
$V build diary.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); [print(e['date']) for e in d['events']]"
# observed: {'text': '1130', 'edtf': '1130'}   expected: 1916-07-14 or no date
