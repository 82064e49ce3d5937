#!/bin/bash
# D2: two different wards both called "St. George's" (Birmingham, Bristol) become one place entity,
#     while "St. George's Ward" in the first document is a separate entity.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > birmingham.md <<'T'
# St. George's Ward, Birmingham: Municipal Election, 1 November 1877

The Birmingham caucus put forward Joseph Tolley in St. George's ward. Tolley polled 2,114 votes; Samuel Marsh 1,806.
T
cat > bristol.txt <<'T'
Margaret Dunlop in St. George's ward, Bristol

In the municipal election of 1 November 1919 Miss Margaret Dunlop stood for St. George's ward, Bristol, as a Liberal, and lost to Walter Prior by 214 votes.
T
run $V build birmingham.md bristol.txt --db w.db >/dev/null 2>&1
run $V export --db w.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
bad=False
for e in d["entities"]:
    if "George" in e["name"]:
        docs=sorted({m["document"] for m in e["mentions"]}); print(e["id"], e["type"], docs)
        if len(docs)>1: bad=True
print("DEFECT REPRODUCED (one entity spans both wards)" if bad else "not reproduced")'
