#!/bin/bash
# D9: search for a modern spelling misses the OCR long-s forms
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'CARROW, June 16.-Mifs Edith Marrow has fecured feveral fine fpecimens for the Mufeum.\n' > g.txt
"$V" build g.txt --db t.db >/dev/null 2>&1
"$V" search Museum --db t.db; "$V" search specimens --db t.db; "$V" search Mufeum --db t.db
echo "expected: 'Museum' and 'specimens' find the OCR text (as 'Mufeum' does)"
