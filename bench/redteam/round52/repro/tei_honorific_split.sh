#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > m.xml <<'T'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Minutes 1921</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><p><persName>Mr. Henry Bolt</persName> in the chair. <persName>Professor Ivor Pryce</persName> reported.</p></div></body></text></TEI>
T
cat > n.txt <<'T'
Annual report. The chairman, Mr. Henry Bolt, said the season was good. Professor Ivor Pryce said at the ceremony: "Two old houses, one new roof." Pryce left in 1950.
T
run $V build m.xml n.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o c >/dev/null; cut -d, -f1-4 c/entities.csv
echo "EXPECTED: one Henry Bolt, one Ivor Pryce; OBSERVED: 'Mr. Henry Bolt' / 'Henry Bolt' and 'Professor Ivor Pryce' / 'Ivor Pryce' / 'Pryce' kept as separate people"
