#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > founding.txt <<'X'
The Founding of the Harcourt Observatory

The Harcourt Observatory was founded at Kingstown, County Dublin, in 1868 by Sir Edmund Harcourt, a Dublin brewer. Its first Director was the Rev. Dr. Arthur J. Lyle, who held the post until 1894.

In his first annual report the Director wrote: "The Harcourt glass is the finest in Ireland, and Kingstown has the clearest sky on the coast."
X
run $V build founding.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(q['text'][:30],q['speaker']) for q in d['quotes']]); print([(e['id']) for e in d['entities'] if e['type']=='person'])"
echo "EXPECTED: speaker = Arthur J. Lyle (the Director) or none; observed person-county-dublin"
