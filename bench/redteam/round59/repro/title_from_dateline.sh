#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > letter.txt <<'X'
Letter from Prof. E. E. Barnard to Miss H. M. Voss

Lick Observatory, Mount Hamilton, California, 1892 Oct. 20

Dear Miss Voss,

I have your drawings of the crater Copernicus and thank you for them.
X
run $V build letter.txt --db t.db
run $V search drawings --db t.db
echo "EXPECTED: title 'Letter from Prof. E. E. Barnard to Miss H. M. Voss'; observed the dateline as the title"
