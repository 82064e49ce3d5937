import os, zipfile, io, docx
os.chdir('/work/redteam50/in/h')
W=lambda n,b: open(n,'wb').write(b if isinstance(b,bytes) else b.encode('utf-8'))
W('trunc.pdf', open('../coll/arch/a06_tender.pdf','rb').read()[:900])
W('trunc.docx', open('../coll/maps/m05_christiania.docx','rb').read()[:1500])
W('fake.pdf', 'This is plain text pretending to be a PDF. Carl Jättnig engraved it in 1863.\n')
W('fake.docx', '<html><body><p>HTML in a docx costume.</p></body></html>')
W('xxe.xml', '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Secret: &xxe;</p></body></text></TEI>\n')
W('lol.xml', '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>\n')
W('deep.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div>'*20000 + '<p>Deep map of Danzig, 1907.</p>' + '</div>'*20000 + '</body></text></TEI>')
W('deep.html', '<html><body>' + '<div>'*50000 + 'Deep Bombay 1843' + '</div>'*50000 + '</body></html>')
W('hugeattr.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + 'A'*5_000_000 + '">Plan of Königsberg, 1863.</p></body></text></TEI>')
W('badxml.xml', '<?xml version="1.0"?><TEI><text><body><p>Unclosed <persName>Carl Jättnig</p></body>')
W('junk.txt', os.urandom(20000))
W('nul.txt', 'Carl Jättnig engraved\x00 the plan of Königsberg in 1863.\x00\x00 John Walker engraved Constantinople.\n')
W('bom16.txt', '\ufeffJohn Arrowsmith engraved the Bombay map in 1843 for the library at Harwick.\n'.encode('utf-16'))
W('bom8.md', '\ufeff# Heading with BOM\n\nOtto Lembke engraved sheet 12 in 1907.\n')
W('cp1250.txt', 'Mapa Gdańska: rytował Józef Łęski w 1907 r. w Żółkwi.\n'.encode('cp1250'))
W('longline.txt', ('Carl Jättnig engraved the plan of Königsberg in 1863 at a scale of 1:10,000 ' * 6000))
W('longword.txt', 'The engraver was ' + 'x'*300000 + ' of Danzig in 1907.\n')
W('rtl.txt', 'خريطة القسطنطينية ١٨٥٣ — Plan of Constantinople \u202eevil\u202c by John Walker in 1853. ק\u0308\u0308\u0308\u0308\u0308 Zalgo: ' + 'e' + '\u0301'*500 + '\n')
W('emoji.md', '# 🗺️ Atlas of 🏛️ Buildings\n\nThe 🏰 Carnegie Library 👩‍🏫 was designed by Margaret Ashdown 🇬🇧 in 1906. ' + '😀'*5000 + '\n')
W('ctrl.txt', 'Map \x1b[31mRED\x1b[0m by Carl \x1b]0;pwned\x07Jättnig in 1863. Bell \x07\x07 backspace \x08\x08 CR\r overwrite.\n')
W('ctrl.html', '<html><head><title>Plan \x1b[2J of Riga</title></head><body><h1>Title \x1b[31m red</h1><p>Riga 1900 map by Jānis \x07 Bērziņš.</p></body></html>')
W('xss.html', '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Atlas</title></head><body><h1>&lt;img src=x onerror=alert(1)&gt; Plan of Lemberg</h1><p>The plan of Lemberg was engraved by &lt;script&gt;alert("Jan")&lt;/script&gt; Jan Nowak in 1890. He said: "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;".</p><script>alert(3)</script><p onclick="alert(4)">Click</p><a href="javascript:alert(5)">link</a></body></html>')
W('xss.md', '# <script>alert("md")</script> Plan of Pressburg\n\nThe plan of Pressburg was drawn by <img src=x onerror=alert(7)> Karl Weiss in 1870. [click](javascript:alert(8)) "</script><b>bold</b>" said Karl Weiss.\n\n| a | b |\n|---|---|\n| <svg onload=alert(9)> | x |\n')
W('empty.txt', '')
W('ws.txt', '   \n\n\t\t  \n')
W('empty.docx', b'')
W('empty.pdf', b'')
W('latin1.html', '<html><body><p>Café de Paris, Brighton, built 1907 by Société Générale.</p></body></html>'.encode('latin-1'))
W('utf16.xml', '<?xml version="1.0" encoding="UTF-16"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Plan of Lemberg, 1890.</p></body></text></TEI>'.encode('utf-16'))
W('wrongenc.xml', '<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Plan of Kraków by Łukasz, 1890.</p></body></text></TEI>'.encode('cp1250'))
# zip bomb-ish: member compresses >100:1
z=io.BytesIO()
with zipfile.ZipFile(z,'w',zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('bomb.txt', 'A'*40_000_000)
    zf.writestr('ok.txt', 'Otto Lembke engraved sheet 12 of Danzig in 1907.\n')
W('bomb.zip', z.getvalue())
z=io.BytesIO()
with zipfile.ZipFile(z,'w') as zf:
    zf.writestr('../../escape.txt', 'Escaped member text about Danzig 1907.\n')
    zf.writestr('/abs/path.txt', 'Absolute member text about Danzig 1907.\n')
    zf.writestr('good.txt', 'Good member: Carl Jättnig engraved Königsberg in 1863.\n')
W('traversal.zip', z.getvalue())
W('trunc.zip', open('../coll.zip','rb').read()[:5000])
W('fake.zip', 'not a zip at all, Carl Jättnig 1863\n')
# nested zip 3 deep
def zipof(name, data):
    b=io.BytesIO()
    with zipfile.ZipFile(b,'w') as zf: zf.writestr(name, data)
    return b.getvalue()
W('nest3.zip', zipof('l1.zip', zipof('l2.zip', zipof('deep.txt', 'Three deep: Carl Jättnig 1863.\n'))))
# many members
b=io.BytesIO()
with zipfile.ZipFile(b,'w') as zf:
    for i in range(10050): zf.writestr(f'm/{i}.bin', b'x')
W('many.zip', b.getvalue())
# docx with xss & huge paragraph
d=docx.Document(); d.add_heading('<script>alert(10)</script> Drawing register', 0); d.add_paragraph('Drawing D-1 rev A by </title><svg onload=alert(11)> Ada Byron, 1910.'); d.save('xss.docx')
# docx with XXE in document.xml
src=zipfile.ZipFile('xss.docx'); b=io.BytesIO()
with zipfile.ZipFile(b,'w') as zf:
    for it in src.infolist():
        data=src.read(it.filename)
        if it.filename=='word/document.xml':
            data=data.replace(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',1).replace(b'Ada Byron', b'Ada &xxe; Byron')
        zf.writestr(it, data)
W('xxe.docx', b.getvalue())
# pdf with JS-ish text & many pages
from fpdf import FPDF
p=FPDF(); p.set_font('Helvetica', size=10)
for i in range(2100):
    p.add_page(); p.cell(100,10,f'Page {i+1} of the atlas index: sheet {i+1}')
p.output('pages2100.pdf')
print('ok')
