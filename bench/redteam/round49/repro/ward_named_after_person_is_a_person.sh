#!/bin/bash
# A hospital ward named after a benefactor is extracted as a person; benefactor's first name merged into it.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > ward.txt <<'X'
Admission Register, Albion Seamen's Hospital, 1918

Patient 14 (J.M.), seaman, age 34. Admitted 2 October 1918, Victoria Ward. Spanish influenza. Discharged 19 October 1918.

Patient 22 (W.T.), steward. Admitted 14 November 1918, Nelson Ward. Malta fever.

Victoria Ward, the gift of Mrs. Victoria Banning in 1889, held 34 patients against its 28 beds.
X
$V build ward.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
for e in d["entities"]: print(e["id"], e["type"], e["name"], e["aliases"])'
echo "Expected: Victoria Ward / Nelson Ward not persons (not places either); Mrs. Victoria Banning a separate person"
rm -rf "$T"
