#!/bin/bash
# DEF-5: an Arabic line in a PDF (Type0 font with ToUnicode, logical order) comes out as space-separated single letters, and a fragment becomes the title
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
python3 - <<'PY'
txt=['يوسف الحداد ولد في بيروت عام 1920.','Mixed: Zürich 1923.']
chars=sorted(set(''.join(txt))); cid={c:i+1 for i,c in enumerate(chars)}
cm='/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n'%len(chars)+'\n'.join(f'<{cid[c]:04X}> <{ord(c):04X}>' for c in chars)+'\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end'
c=('BT /F2 12 Tf 72 700 Td 16 TL\n'+'\n'.join('<'+''.join(f'{cid[ch]:04X}' for ch in t)+'> Tj T*' for t in txt)+'\nET').encode()
cm=cm.encode()
objs=[b'<< /Type /Catalog /Pages 2 0 R >>',b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F2 5 0 R >> >> >>',
b'<< /Length %d >>\nstream\n'%len(c)+c+b'\nendstream',
b'<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicodeMS /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicodeMS /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 600 >>',
b'<< /Length %d >>\nstream\n'%len(cm)+cm+b'\nendstream',
b'<< /Type /FontDescriptor /FontName /ArialUnicodeMS /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 900 /Descent -100 /CapHeight 700 /StemV 80 >>']
b=bytearray(b'%PDF-1.7\n'); offs=[]
for i,o in enumerate(objs): offs.append(len(b)); b+=b'%d 0 obj\n'%(i+1)+o+b'\nendobj\n'
x=len(b); b+=b'xref\n0 %d\n0000000000 65535 f \n'%(len(objs)+1)+b''.join(b'%010d 00000 n \n'%o for o in offs)+b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n'%(len(objs)+1,x)
open('ar.pdf','wb').write(b)
PY
"$V" build ar.pdf --db t.db
"$V" export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin)['documents'][0]; print('title:', repr(d['title'])); print('text :', repr(d['text']))"
echo "expected: the Arabic sentence as words; observed: letters separated by spaces"
