#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "Timeline\n\nc. 150–100 BC  The Antikythera mechanism is made in the Greek world.\n\nThe octant was made c. 1760–1770 in England.\n" > t.txt
"$V" build t.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; cat csv/dates.csv
echo "Expected: -0149~/-0099~ and 1760~/1770~; observed: -0149/-0099 (circa lost) and 1760~/1770"
