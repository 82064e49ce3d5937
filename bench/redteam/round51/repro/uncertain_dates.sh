#!/bin/bash
# D06: "before 1914" normalised to EDTF 1914 (timeline shows 1914); "circa 1920s" to 192X (circa lost)
. "$(dirname "$0")/_common.sh"
cat > reg.txt <<'X'
Negative Register

N-1902-033. Thomas Harrison with the first safety bicycle. Date on sleeve: "before 1914".

N-1921-004. Edith Harrison at Kingstown. Date on sleeve: "circa 1920s".
X
$V build reg.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for e in json.load(open('k.json'))['events']: print(e['label'], e['date'])"
$V export --db t.db --format timelinejs -o tl.json >/dev/null
python3 -c "
import json
for e in json.load(open('tl.json'))['events']: print(e['display_date'], e['start_date'], e.get('end_date'))"
echo "EXPECTED: ../1914 (or [..1914]) and 192X~ ; plain 1914 and 192X are the defect"
