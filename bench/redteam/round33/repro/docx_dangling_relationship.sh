#!/bin/bash
# DEF-3: a DOCX whose word/_rels/document.xml.rels names a part that is not in the zip (comments.xml) is refused whole, with a raw Python KeyError
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
python3 - <<'PY'
import zipfile
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
z=zipfile.ZipFile('letter.docx','w')
z.writestr('[Content_Types].xml','<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('word/_rels/document.xml.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
z.writestr('word/document.xml',f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>In 1879 the first tram ran in Krakow.</w:t></w:r></w:p></w:body></w:document>')
z.close()
PY
"$V" build letter.docx --db t.db; echo "exit $? (expected: built, the missing optional part ignored or a warning; observed: Error ... KeyError: \"There is no item named 'word/comments.xml' in the archive\")"
