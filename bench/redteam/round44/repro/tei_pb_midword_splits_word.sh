#!/bin/bash
# A TEI <pb/> inside a word ("rece<pb n="2"/>ive") becomes a space: text "rece ive", search for "receive" misses it.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > l.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter of J. C. Hartmann</title></titleStmt><publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><p>My cousin <persName>Georg Hartmann</persName> will rece<pb n="2"/>ive the Society's forty guineas at <placeName>Riga</placeName>.</p></div></body></text></TEI>
XML
$V build l.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json 2>/dev/null | python3 -c "import json,sys; print(repr(json.load(sys.stdin)['documents'][0]['text']))"
$V search receive --db t.db
$V export --db t.db --format tei -o tei >/dev/null 2>&1; echo "pb elements in the TEI export: $(grep -c '<pb' tei/*.xml)"
echo 'expected: "will receive the Society'"'"'s", found by search; the page break kept (as a pb or in the source map)'
