#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
mkdir box
cat > box/bombay.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Map of Bombay</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>Map of the Island of Bombay, 1843</head>
<p>Surveyed by <persName>Lieutenant Thomas Dickinson</persName>, the map shows <placeName>Bombay</placeName>.</p></div></body></text></TEI>
X
$W $V build box --db t.db >/dev/null 2>&1
mv box/bombay.xml box/bombay_1843.xml
$W $V build box --db t.db 2>&1 | grep -i renamed
$W $V export --db t.db --format json -o t.json >/dev/null 2>&1
python3 -c "
import json; d=json.load(open('t.json'))
print('documents:', [x['id'] for x in d['documents']])
for e in d['entities']:
    if e.get('roles'): print(e['id'], 'mentions in', {m['document'] for m in e['mentions']}, 'roles in', {r['document'] for r in e['roles']})"
echo "EXPECTED: roles point at the renamed document's id, like the mentions (no id that no longer exists)"
