#!/bin/bash
# DEF-2: TEI <choice> (sic/corr, abbr/expan), <app> (lem/rdg) and <del>/<add> are flattened by concatenating every alternative with no space:
# "JhonJohn Brown", "Sept.September", "HamburgBremen", "deleted 1777added 1852"; a bogus person "JhonJohn Brown" is extracted
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > ed.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Edition</title></titleStmt></fileDesc></teiHeader>
<text><body><p>The mayor <choice><sic>Jhon</sic><corr>John</corr></choice> Brown signed in <choice><abbr>Sept.</abbr><expan>September</expan></choice> 1850. The ship left <app><lem>Hamburg</lem><rdg wit="#B">Bremen</rdg></app> in 1851. <del>deleted 1777</del><add>added 1852</add></p></body></text></TEI>
XML
"$V" build ed.xml --db t.db
"$V" export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(repr(d['documents'][0]['text'])); print([e['name'] for e in d['entities']])"
echo "expected: one reading (e.g. 'John Brown … September 1850 … Hamburg … added 1852'); observed: all readings glued together"
