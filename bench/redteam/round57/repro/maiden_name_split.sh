#!/bin/bash
# D4: "Mrs. Harris, who before her marriage was Miss Eleanor Whitcombe" and "E. Harris, née Whitcombe" stay two people,
#     while the bare surnames "Harris" and "Whitcombe" are made aliases of Eleanor although J. T. Harris and Constance Whitcombe exist.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > report.txt <<'T'
St. Faith's Station: Annual Report for 1872

St. Faith's Station was founded by the Rev. J. T. Harris in 1871. Mrs. Harris, who before her marriage in 1869 was Miss Eleanor Whitcombe of Leicester, keeps the dispensary.
T
cat > letter.md <<'T'
# Letter home, Whitsuntide 1873

*Eleanor Harris to her sister Constance Whitcombe, Leicester*

My dear Connie, Mr. Harris is well, though thin.

Nellie (E. Harris, née Whitcombe)
T
run $V build report.txt letter.md --db m.db >/dev/null 2>&1
run $V export --db m.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
ppl=[e for e in d["entities"] if e["type"]=="person"]
for e in ppl: print(e["id"], e["aliases"], sorted({m["document"] for m in e["mentions"]}))
eleanors=[e for e in ppl if "Eleanor" in e["name"] or "Eleanor Whitcombe" in e["aliases"]]
print("DEFECT REPRODUCED (%d Eleanor entities)"%len(eleanors) if len(eleanors)>1 else "not reproduced")'
