#!/bin/bash
# well-formed TEI with a 10 MB attribute: reported as "malformed XML", and only after the language model was loaded (~340 MB)
. "$(dirname "$0")/_common.sh"
python3 -c "
open('t.xml','w').write('<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body><p rend=\"'+'A'*10_000_000+'\">The quay opened in 1911.</p></body></text></TEI>')"
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse('t.xml'); print('python minidom: well-formed')"
/usr/bin/time -f 'max RSS %M KB' "$V" build t.xml --db x.db
