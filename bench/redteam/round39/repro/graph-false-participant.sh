#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "William Harrison\n\nWilliam Harrison, John's son, sailed with H4 to Jamaica in 1761 and to Barbados in 1764.\n" > w.txt
"$V" build w.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; cut -c1-220 csv/events.csv
echo "Expected: only William sailed; 1761 voyage to Jamaica only; observed: person-john-harrison as participant and both Jamaica and Barbados as places of each voyage"
