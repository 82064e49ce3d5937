#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
# Defect: "St Ebba's Hall" is linked as "Hall" into Franklin Hall, and the college Franklin Hall is typed person.
cat > degrees.txt <<'T'
Degree List, Session 1919–20

Edith Mary Carrow (Franklin Hall), First Class, Classics.
Agnes Whitby (St Ebba's Hall), Second Class, History.
Samuel Okafor (Franklin Hall), with distinction.
Franklin Hall, opened in 1894, is named after Sir John Franklin.
T
run $V build degrees.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format annotations | python3 -c '
import json,sys
for it in json.load(sys.stdin)["first"]["items"]:
    b=it["body"]; b=b if isinstance(b,dict) else b[0]; t=it["target"] if isinstance(it["target"],dict) else it["target"][0]
    q=[s for s in t["selector"] if s["type"]=="TextQuoteSelector"][0]
    if "hall" in b.get("id",""): print(b["id"], "<-", repr(q["prefix"][-15:]+"["+q["exact"]+"]"))'
echo "EXPECTED: St Ebba's Hall its own organization; OBSERVED: '[Hall]' after \"St Ebba's\" linked to the Franklin Hall entity (typed person)"
