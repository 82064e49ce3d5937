#!/bin/bash
# D6: ask answers a false-premise question ("when she won") with a figure at confidence 0.79; she lost.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > ashworth.txt <<'T'
Margaret Ashworth (née Dunlop): a candidate under two names

As Mrs. Ashworth she stood for Bristol West at the general election of 1923 and polled 9,630 votes.
T
cat > results.md <<'T'
# Bristol West, General Election of 6 December 1923

| Candidate | Party | Votes |
|---|---|---|
| Sir George Pemberton | Conservative | 11,204 |
| Margaret Ashworth | Liberal | 9,630 |

Sir George Pemberton was elected with a majority of 1,574.
T
run $V build ashworth.txt results.md --db a.db >/dev/null 2>&1
run $V ask "How many votes did Margaret Ashworth get when she won Bristol West?" --db a.db --json | tee ans.json | head -5
python3 -c '
import json; d=json.load(open("ans.json"))
print("DEFECT REPRODUCED (false premise answered)" if d.get("answer") else "not reproduced")'
