#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > piazzia.txt <<'X'
Minor Planet Observations, 1923

The minor planet (1000) Piazzia was measured on plates taken at Bloemfontein on 1923 Aug. 12. Plates 1501 to 1540 were exposed on the comet.
X
run $V build piazzia.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(x['text'],x['edtf']) for x in d['documents'][0]['dates']])"
echo "EXPECTED: no dates '1000' or '1501/1540' (asteroid number, plate numbers)"
