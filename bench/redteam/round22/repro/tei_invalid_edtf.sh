#!/bin/bash
# FAIL: TEI @when/@from/@to values are copied unchecked into the "EDTF" fields of events/exports:
# 99999-99-99 (month 99), 1812-02-30 (no such day), -9999999999 (not EDTF without the Y prefix), 1900/1800 (interval ends before it starts).
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
cat > t.xml <<'X'
<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Dates</title></titleStmt></fileDesc></teiHeader>
<text><body><p><persName>Napoleon Bonaparte</persName> entered <placeName>Moscow</placeName> on <date when="99999-99-99">14 September 1812</date> and <date when="-9999999999">later</date> <date when="1812-02-30">an impossible day</date> <date from="1900" to="1800">backwards</date>.</p></body></text></TEI>
X
timeout 120 prlimit --as=4000000000 "$V" build t.xml --db t.db
"$V" export --db t.db --format json | python3 -c "
import json,sys;d=json.load(sys.stdin)
for e in d['events']: print(e.get('date'))"
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; cat csv/dates.csv 2>/dev/null | head
