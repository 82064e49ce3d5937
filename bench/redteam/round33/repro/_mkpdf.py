# tiny stdlib PDF writer used by the repro scripts: python3 _mkpdf.py OUT 'Info dict or -' 'line1|line2|...'
import sys
out, info, lines = sys.argv[1], sys.argv[2], sys.argv[3].split('|')
esc=lambda s: s.replace('\\','\\\\').replace('(','\\(').replace(')','\\)')
c=('BT /F1 12 Tf 72 720 Td 16 TL\n'+''.join(f'({esc(l)}) Tj T*\n' for l in lines)+'ET').encode('latin-1')
objs=[b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
 b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
 b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
 b'<< /Length %d >>\nstream\n'%len(c)+c+b'\nendstream']
if info!='-': objs.append(info.encode('latin-1'))
b=bytearray(b'%PDF-1.7\n'); offs=[]
for i,o in enumerate(objs): offs.append(len(b)); b+=b'%d 0 obj\n'%(i+1)+o+b'\nendobj\n'
x=len(b); b+=b'xref\n0 %d\n0000000000 65535 f \n'%(len(objs)+1)+b''.join(b'%010d 00000 n \n'%o for o in offs)
b+=b'trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n'%(len(objs)+1, b'/Info 6 0 R ' if info!='-' else b'', x)
open(out,'wb').write(b)
