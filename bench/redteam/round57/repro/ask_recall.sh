#!/bin/bash
# D7: plain statements are not found by ask ("The sources don't say") although one sentence states the answer.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > poll.txt <<'T'
Bristol West: Declaration of the Poll, General Election of 1906

Henry Aldous (Liberal): 6,412 votes
Sir George Pemberton (Conservative): 5,977 votes

Majority: 435. Turnout: 81.3 per cent of an electorate of 15,220.

Henry Aldous was therefore elected Member of Parliament for Bristol West.
T
run $V build poll.txt --db p.db >/dev/null 2>&1
miss=0
for q in "Who won Bristol West in 1906?" "What was the turnout in Bristol West in 1906?"; do
  a=$(run $V ask "$q" --db p.db --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["answer"])'); echo "$q -> $a"; [ "$a" = None ] && miss=$((miss+1))
done
[ $miss -gt 0 ] && echo "DEFECT REPRODUCED ($miss unanswered)" || echo "not reproduced"
