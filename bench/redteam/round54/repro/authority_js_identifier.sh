#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Charge sheet 1884\n\nPrisoner: John Doyle. Reg. No. 4417.\n' > a.txt
printf 'name,type,aliases,lat,lon,identifier\nJohn Doyle,person,,,,javascript:alert(1)\n' > auth.csv
$V build a.txt --db t.db --authority auth.csv; echo "rc=$? (expect refusal: identifier must be Q123 or a URI of http(s))"
$V export --db t.db --format json | grep identifier
