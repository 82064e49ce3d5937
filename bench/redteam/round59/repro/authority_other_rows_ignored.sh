#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > auth.csv <<'X'
name,type,aliases,lat,lon,identifier
Harcourt 15-inch refractor,other,Harcourt 15-inch,,,
Great Melbourne Telescope,other,,,,
X
cat > t.txt <<'X'
Instruments

Mr. T. W. Brannock observed with the Harcourt 15-inch on 1882 Dec. 6. The Great Melbourne Telescope was made by Thomas Grubb of Dublin. The Harcourt 15-inch refractor went to Bloemfontein.
X
run $V build t.txt --db t.db --authority auth.csv
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(e['id'],[m['text'] for m in e['mentions']]) for e in d['entities']])"
echo "EXPECTED: entities for the two authority rows holding those mentions"
