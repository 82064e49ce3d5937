#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
The Founding of the Harcourt Observatory

The Harcourt Observatory was founded at Kingstown, County Dublin, in 1868 by Sir Edmund Harcourt, a Dublin brewer. The great instrument, the Harcourt 15-inch refractor, was made by Thomas Grubb of Dublin.
X
run $V build a.txt --db t.db
for q in "When was the Harcourt Observatory founded?" "Who founded the Harcourt Observatory?" "Who made the Harcourt 15-inch refractor?"; do run $V ask "$q" --db t.db; done
echo "EXPECTED: 1868 / Sir Edmund Harcourt / Thomas Grubb; observed 'The sources don't say' while citing the answering sentence"
