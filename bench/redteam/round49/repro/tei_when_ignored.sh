#!/bin/bash
# A TEI <date when="1852-06-15" datingMethod="#julian">3 June 1852</date> (Old Style text, @when = Gregorian) is exported as 1852-06-03.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > t.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Pilot's note</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>The pilot <persName>Ivan Sokolov</persName> signed on <date when="1852-06-15" datingMethod="#julian">3 June 1852</date> at <placeName>Kronstadt</placeName>.</p>
<p>The mate signed on <date when="1852-06-16">4 June 1852 (Old Style)</date> at <placeName>Kronstadt</placeName>.</p></body></text></TEI>
X
$V build t.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; [print(e["date"], e["label"][:50]) for e in json.load(sys.stdin)["events"]]'
echo "Expected: 1852-06-15 and 1852-06-16 (the @when values, Gregorian by TEI's definition)"
rm -rf "$T"
