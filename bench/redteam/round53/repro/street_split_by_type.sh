#!/bin/bash
# One street / ward is split into an "other" and a "place" entity (York Road, Victoria Ward, Bazentin Wood).
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Minutes, 9 November 1894\n\nMoved by Councillor Edward Sutcliffe that the application of the Haltonbury Tramways Company to lay a line along York Road be refused. Lost 9-11.\n' > a.txt
printf '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Minutes 1901</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body><p>The Highways Committee reported that <placeName>York Road</placeName> had been paved at a cost of £1,204 7s 11d.</p></body></text></TEI>' > b.xml
$V build a.txt b.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); [print(e['id'], [m['document'] for m in e['mentions']]) for e in d['entities'] if 'york' in e['id']]"
# expected one York Road entity; observed other-york-road and place-york-road
