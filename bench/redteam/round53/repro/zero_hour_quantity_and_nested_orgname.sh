#!/bin/bash
# "Zero hour 0310" becomes the quantity 0 hour; a TEI <orgName> holding a <placeName> yields no organization.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'War Diary\n\n7 June 1917. Battalion in support during the attack on Messines Ridge. Zero hour 0310.\n' > a.txt
printf '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>M</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body><p><persName>James Whitworth</persName> presided over <orgName>the Council of <placeName>Haltonbury</placeName></orgName>.</p></body></text></TEI>' > b.xml
$V build a.txt b.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
[print('quantity', q['text'], q['value'], q['unit']) for q in d['quantities']]
[print('entity', e['type'], e['name']) for e in d['entities']]"
