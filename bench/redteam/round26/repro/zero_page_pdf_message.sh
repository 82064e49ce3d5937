#!/bin/bash
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# A well-formed PDF with zero pages is reported as "corrupt ... (PDFium: Success)".
python3 - <<'PY'
objs=[b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [] /Count 0 >>']
out=bytearray(b'%PDF-1.4\n'); offs=[]
for i,o in enumerate(objs):
    offs.append(len(out)); out+=b'%d 0 obj\n'%(i+1)+o+b'\nendobj\n'
x=len(out); out+=b'xref\n0 3\n0000000000 65535 f \n'+b''.join(b'%010d 00000 n \n'%o for o in offs)
out+=b'trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n'%x
open('zero.pdf','wb').write(out)
PY
$V build zero.pdf --db x.db; echo "exit=$?  (expected: 'PDF has no pages'; observed: 'corrupt or unreadable PDF (... PDFium: Success)')"
