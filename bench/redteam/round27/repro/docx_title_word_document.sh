#!/bin/bash
# Low: a DOCX without docProps/core.xml gets the title "Word Document" (python-docx's placeholder) instead of its first paragraph or file name.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
python3 - <<'PY'
import zipfile
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
for name, title in [('a.docx', 'The Paris Letters'), ('b.docx', 'The Berlin Diary')]:
    body = f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{title}</w:t></w:r></w:p><w:p><w:r><w:t>Victor Hugo lived in Paris in 1851.</w:t></w:r></w:p></w:body></w:document>'
    with zipfile.ZipFile(name, 'w') as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels); z.writestr('word/document.xml', body)
PY
"$V" build --db t.db a.docx b.docx
"$V" export --db t.db --format csl    # both titled "Word Document"
