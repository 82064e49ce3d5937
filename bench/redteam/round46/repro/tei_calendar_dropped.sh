#!/bin/bash
# Defect (low): a TEI input <date when=... calendar="#julian"> loses its calendar in the TEI export.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > l.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Written in St Petersburg on <date when="1784-03-23" calendar="#julian">12 марта 1784</date> by <persName>Пётр Волков</persName>.</p></body></text></TEI>
X
$V build l.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format tei -o out >/dev/null 2>&1; grep -o '<date[^>]*>[^<]*</date>' out/*.xml
