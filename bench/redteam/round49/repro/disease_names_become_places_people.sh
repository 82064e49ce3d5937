#!/bin/bash
# Diseases named after places/people: "Malta fever" -> place Malta; "Lyme disease" -> joined to the nurse Mary Lyme.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > d.txt <<'X'
Admission Register, 1918

Patient 22 (W.T.), steward, age 27. Admitted 14 November 1918, Nelson Ward. Malta fever. Discharged 2 January 1919.

Nurse Mary Lyme joined on 1 September 1918. She has nothing to do with Lyme disease.
X
$V build d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; [print(e["id"], e["type"], [m["text"] for m in e["mentions"]]) for e in json.load(sys.stdin)["entities"]]'
echo "Expected: no place Malta; 'Lyme' of Lyme disease not a mention of Mary Lyme"
rm -rf "$T"
