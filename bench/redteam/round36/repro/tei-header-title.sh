#!/bin/bash
# Defect: a TEI file's <teiHeader><titleStmt><title> is ignored; the document is titled by its first <head>.
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > bridge.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>The Stone Bridge</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>Opening</head><p>Karl Berger opened the stone bridge in Prague on 28 October 1928.</p></div></body></text></TEI>
X
$V build bridge.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([x.get("title") for x in d.get("documents", [])])'
echo "expected title: The Stone Bridge"
rm -rf "$T"
