#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Twelfth Night Cake, 1810

For Twelfth Night 1810 Mrs G. ordered a great cake. The cook, Martha Pybus, iced it.

Hannah Glossop died at Eccleston Hall on Lady Day 1812.
X
run $V build a.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(e['id'],e['type']) for e in d['entities']])"
echo "EXPECTED: an entity 'Eccleston Hall' (a house); observed 'other-eccleston-hall-on-lady-day-1812' (date glued into the name) in the full collection"
rm -rf "$T"
