#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
python3 - <<'PY'
import zipfile
body=''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'%t for t in [
 "Two Samuel Johnsons",
 "Samuel Johnson, the physician of Marietta, treated the survey party for fever in 1803. He was born in 1765 in Hartford, Connecticut.",
 "The surveyors carried a copy of the dictionary of Samuel Johnson, the English lexicographer, who had died in London in 1784."])
z=zipfile.ZipFile('j.docx','w')
z.writestr('[Content_Types].xml','<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('word/document.xml','<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'+body+'</w:body></w:document>')
z.close()
PY
printf 'The Adams Letters\n\nJohn Adams wrote to his son John Quincy Adams from Braintree in 1797. The younger Adams studied at Leiden in 1781.\n' > adams.txt
$V build --db t.db j.docx adams.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']:
    if e['type']=='person': print(e['id'], [m['text'] for m in e['mentions']])"
echo "(expected: two Samuel Johnsons; John Adams and John Quincy Adams separate; observed: each pair merged into one person)"
