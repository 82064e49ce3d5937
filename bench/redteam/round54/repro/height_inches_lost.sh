#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Description Book 1884\n\nJohn Doyle. Height 5 ft. 7\xc2\xbd in. William Nelson. Height 5 ft. 9 in.\n' > d.txt
$V build d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect 5.625 ft and 5.75 ft:"; cat csv/quantities.csv
