#!/bin/bash
# A 3-page PDF with the same sentence on each page (or 20 pages of 'Page N. <same sentence>') -> "Error: no text found".
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 - <<'PY'
def mkpdf(line, pages):
    objs=[b'<< /Type /Catalog /Pages 2 0 R >>']
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>'%(' '.join('%d 0 R'%(3+2*i) for i in range(pages)),pages)).encode())
    for i in range(pages):
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>'%(4+2*i,3+2*pages)).encode())
        s=('BT /F1 12 Tf 72 720 Td (%s) Tj ET'%line(i)).encode(); objs.append(b'<< /Length %d >>\nstream\n'%len(s)+s+b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
    out=b'%PDF-1.4\n'; offs=[]
    for n,o in enumerate(objs,1): offs.append(len(out)); out+=b'%d 0 obj\n'%n+o+b'\nendobj\n'
    x=len(out); out+=b'xref\n0 %d\n0000000000 65535 f \n'%(len(objs)+1)+b''.join(b'%010d 00000 n \n'%o for o in offs)
    return out+b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n'%(len(objs)+1,x)
open('same3.pdf','wb').write(mkpdf(lambda i:'In 1974 Patty Hearst was seen in San Francisco.',3))
open('p20.pdf','wb').write(mkpdf(lambda i:'Page %d. In 1974 Patty Hearst was seen in San Francisco.'%(i+1),20))
PY
"$V" build same3.pdf --db a.db; echo "rc=$? (expected: built, the sentence kept)"
"$V" build p20.pdf --db b.db; echo "rc=$? (expected: built)"
