#!/bin/bash
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# A DOCX nested >256 deep leaks lxml internals and advises 'use XML_PARSE_HUGE option', which a user cannot set.
python3 - <<'PY'
import zipfile
ct='<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels='<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
doc=f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>John Smith 1888</w:t></w:r></w:p>'+'<w:sdt><w:sdtContent>'*400+'<w:p><w:r><w:t>deep</w:t></w:r></w:p>'+'</w:sdtContent></w:sdt>'*400+'</w:body></w:document>'
with zipfile.ZipFile('deep.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',doc)
PY
$V build deep.docx --db x.db; echo "exit=$?  (TEI/HTML say 'elements nested more than 256 deep (a safety limit ...)'; DOCX leaks 'use XML_PARSE_HUGE option')"
