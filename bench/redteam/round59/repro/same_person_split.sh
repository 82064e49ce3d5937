#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
The Receipt Book of Hannah Glossop

This book was begun by Hannah Thwaite at her marriage to George Glossop of Eccleston Hall in 1786. She signs herself "Mrs G." and, before her marriage, "H. Thwaite".

Mrs Ellen Dacre, cook, who was Ellen Marsh before her marriage, wrote these notes in 1932. Nellie Melba was born Helen Porter Mitchell at Richmond in 1861.

The first Director was the Rev. Dr. Arthur J. Lyle. Signed, A. J. Lyle, Director. The comet was confirmed by the Director, Rev. Dr. Lyle.
X
run $V build a.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(e['id'],e['aliases']) for e in d['entities']])"
echo "EXPECTED: Hannah Thwaite = Hannah Glossop = Mrs G.; Ellen Dacre = Ellen Marsh; Nellie Melba = Helen Porter Mitchell (a person, not a place). (Lyle is joined in this reduced case; in the full collection A. J. Lyle, Arthur J. Lyle and Lyle stay three.)"
