#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: the reversal event is dated with the reversed judgment's date, not the day of the reversal
cat > appeal.html <<'X'
<html><head><title>Varga v. Keller</title></head><body><h1>Varga v. Keller</h1>
<p>Before Lord Justice Hamblin. Judgment delivered 11 January 1927.</p>
<p>The appeal is allowed. The judgment of His Honour Judge Arthur Penrose of 30 June 1926 is reversed, and the award of £240 to Maria Keller is set aside.</p></body></html>
X
"$V" build appeal.html --db t.db >/dev/null 2>&1
"$V" export --db t.db -o t.json >/dev/null
python3 -c "
import json; d=json.load(open('t.json'))
for e in d['events']: print(e['date']['edtf'], '|', e['label'])
print('DEFECT REPRODUCED' if any('reversed' in e['label'] and e['date']['edtf']=='1926-06-30' for e in d['events']) else 'not reproduced')"
