#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Passenger List 1883\n\nS.S. City of Berlin, Liverpool to New York, sailed 12 May 1883. Arrived New York, 22 May 1883.\n' > a.txt
printf '# Declaration 1886\n\nOle Haraldsen, born Christiania, Norway, 1859, seaman, arrived at New York on the S.S. City of Berlin in May 1883.\n' > b.md
$V build a.txt b.md --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect one New York at 40.71,-74.01:"; grep -i 'new-york' csv/entities.csv
