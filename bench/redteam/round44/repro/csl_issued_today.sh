#!/bin/bash
# A PDF whose text states no date is cited in CSL as issued on the PDF's CreationDate (today).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 - <<'PY'
# minimal one-page PDF with CreationDate = now
import datetime
now=datetime.datetime.utcnow().strftime('D:%Y%m%d%H%M%S')
objs=[b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
 b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', None,
 b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', ('<< /CreationDate (%s) >>'%now).encode()]
s=b'BT /F1 12 Tf 50 780 Td (Friederike Hartmann was born at Halle in 1760 and died at Riga in 1831.) Tj ET'
objs[3]=b'<< /Length %d >>\nstream\n'%len(s)+s+b'\nendstream'
out=b'%PDF-1.4\n'; offs=[]
for i,o in enumerate(objs,1): offs.append(len(out)); out+=b'%d 0 obj\n'%i+o+b'\nendobj\n'
x=len(out); out+=b'xref\n0 %d\n0000000000 65535 f \n'%(len(objs)+1)+b''.join(b'%010d 00000 n \n'%o for o in offs)
out+=b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n'%(len(objs)+1,x)
open('bio.pdf','wb').write(out)
PY
$V build bio.pdf --db t.db >/dev/null 2>&1
$V export --db t.db --format csl -o c.json >/dev/null 2>&1; cat c.json
echo 'expected: no "issued" (the text states no date of issue), not today'
