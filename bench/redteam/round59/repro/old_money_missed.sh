#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Household Accounts, Michaelmas 1795

Paid for a peck of peas, 8d.
Paid for a Michaelmas goose, 3s. 4d.
Paid for 6 lb. of loaf sugar at 1s. 6d. the lb., 9s.
Paid to Martha Pybus, cook, her wages, £4 10s.
X
run $V build a.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(q['text'],q['value'],q['unit']) for q in d['quantities']])"
run $V ask "What did a Michaelmas goose cost?" --db t.db
echo "EXPECTED: 8d., 3s. 4d., 1s. 6d., 9s. as money like £4 10s"
