#!/bin/bash
# A quantity is read across a table cell and the next heading: "58\n\nStaff" -> value 58, unit "Staff".
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > r.html <<'X'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Annual Report for 1919</title></head><body>
<h1>Annual Report for 1919</h1>
<table><tr><th>Year</th><th>Admissions</th><th>Deaths</th></tr>
<tr><td>1919</td><td>1,032</td><td>58</td></tr></table>
<h2>Staff</h2>
<p>Dr. Margaret Ellison retired on 31 July 1919.</p>
</body></html>
X
$V build r.html --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
for q in d["quantities"]: print(repr(q["text"]), q["value"], repr(q["unit"]))'
echo "Expected: no quantity with unit \"Staff\" spanning the table and the heading"
rm -rf "$T"
