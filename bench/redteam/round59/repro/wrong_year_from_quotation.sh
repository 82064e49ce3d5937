#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > halley.txt <<'X'
Observations of Halley's Comet, 1910

Halley's Comet was first seen at Kingstown on 1910 April 12 by the Director.

The Director wrote in the log: "I saw the comet's tail divide into three streamers, as Brannock saw in 1882."

Plates were exposed on the comet between April 12 and June 2.
X
run $V build halley.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(x['text'],x['edtf']) for x in d['documents'][0]['dates']])"
echo "EXPECTED: 'between April 12 and June 2' -> 1910-04-12/1910-06-02, observed 1882-04-12/1882-06-02"
