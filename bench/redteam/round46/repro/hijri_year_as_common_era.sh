#!/bin/bash
# Defect: a Hijri (AH) year is stored as a Common Era year (1052 AH -> EDTF "1052"), shown on the timeline in the 1050s.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Astrolabe record\n\nThe astrolabe is dated 3 Ramadan 1052 AH, made by Yusuf al-Tabrizi in Tabriz.\n' > rec.txt
$V build rec.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([(x["text"],x["edtf"]) for x in d["documents"][0]["dates"]])'
$V search astrolabe --db t.db --date 1052   # finds the passage: 1052 AH treated as 1052 CE (it is 1642 CE)
