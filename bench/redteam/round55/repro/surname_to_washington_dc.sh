#!/bin/bash
# "the Washington family of Youlgreave" becomes a place Washington with the coordinates of Washington, D.C.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'Lease of Washington Farm, 1852\n\nSir Richard Carrington of Bakewell demises Washington Farm to George Washington Pye of Youlgreave.\n\nWashington Farm takes its name from the Washington family of Youlgreave and not from the American city or president.\n' > "$T/l.txt"
$V build --db "$T/x.db" "$T/l.txt" >/dev/null 2>&1
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]:
    print(e["id"], e["type"], e["lat"], e["lon"], [m["text"] for m in e["mentions"]])'
echo "expected: no place at 38.895,-77.036 (Washington DC) made from the family name"
