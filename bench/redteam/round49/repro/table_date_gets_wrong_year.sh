#!/bin/bash
# A day-month date in a table gets the year of an unrelated earlier sentence (1889) instead of the document's year (1918).
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > r.md <<'X'
# Matron's Report to the Board, November 1918

Report of Matron Agnes Pryce, dated 30 November 1918.

Victoria Ward, the gift of Mrs. Victoria Banning in 1889, held 34 patients against its 28 beds.

| Ward | Beds | Patients 30 Nov |
|------|------|-----------------|
| Victoria Ward | 28 | 34 |
| Nelson Ward | 20 | 19 |
X
$V build r.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
for e in d["events"]: print(e["date"], "|", e["label"][:70])'
echo "Expected: no event dated 1889-11-30 (the table column is 30 Nov 1918)"
rm -rf "$T"
