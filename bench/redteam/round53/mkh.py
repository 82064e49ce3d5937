import os, zipfile, io, struct, docx
os.chdir('/work/redteam53/in/h')
W = lambda n, b: open(n, 'wb').write(b if isinstance(b, bytes) else b.encode('utf-8'))
base = "The 2/5th Battalion, Haltonbury Rifles, attacked at 0600 hrs on 14.7.16 under Lt-Col. Arthur Pemberton-Hale.\n"
W('trunc.docx', open('../coll/regiment/medal_citations.docx','rb').read()[:5000])
W('trunc.pdf', open('../coll/council/lighting_bylaw_1894.pdf','rb').read()[:3000])
W('trunc.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Mayor James Whitworth was ele')
W('fake.pdf', base)                     # text with pdf extension
W('fake.docx', base)
W('png_as_txt.txt', open('../coll/regiment/scans/bairstow.png','rb').read())
W('xxe.xml', '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Secret: &xxe; Mayor James Whitworth.</p></body></text></TEI>')
W('billion.xml', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(f'<!ENTITY lol{i} "' + (f'&lol{i-1};' if i>1 else '&lol;')*10 + '">' for i in range(1,10)) + ']><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>')
W('deep.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div>'*5000 + '<p>Deep Mayor Whitworth.</p>' + '</div>'*5000 + '</body></text></TEI>')
W('deep.html', '<html><body>' + '<div>'*20000 + '<p>Deep html Sutcliffe.</p>' + '</div>'*20000 + '</body></html>')
W('hugeattr.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + 'A'*5_000_000 + '">Huge attr Whitworth.</p></body></text></TEI>')
W('junk.txt', os.urandom(20000))
W('bom16.txt', ('\ufeff' + base).encode('utf-16-le'))
W('bom8.md', '\ufeff# Minutes\n\n' + base)
W('cp1252.txt', ('Alderman Whitworth paid £3 4s 6d — “carried 12–7”. ' + base).encode('cp1252'))
W('nul.txt', base.replace(' ', '\x00', 5))
W('longline.txt', ('Haltonbury ' * 100000) + '\n' + base)
W('longword.txt', 'A' * 400000 + '\n' + base)
W('rtl_combining.txt', 'مجلس البلدية قرر 12–7. ' + 'Z\u0301\u0302\u0303\u0304' * 2000 + ' ' + base + ' \u202eevil\u202c 🎖️🪖 ')
W('ctrl.txt', 'Councillor \x1b[31mRED\x1b[0m Sutcliffe said "\x1b]0;PWNED\x07hello". \x07\x08 ' + base)
W('inject.html', '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Minutes</title></head><body><h1>Minutes &lt;img src=x onerror=alert(2)&gt;</h1><p>Councillor &lt;script&gt;alert("Sutcliffe")&lt;/script&gt; Edward Sutcliffe said "&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;". Mayor James Whitworth of "&lt;b onmouseover=alert(4)&gt;York Road".</p><script>alert("raw")</script><a href="javascript:alert(5)">link</a></body></html>')
W('inject.md', '# <script>alert(6)</script> Ward\n\nAlderman <img src=x onerror=alert(7)> James Whitworth said "</script><svg onload=alert(8)>". [click](javascript:alert(9))\n')
W('empty.txt', '')
W('ws.txt', '   \n\n\t  \n')
W('dash.txt', base)
os.rename('dash.txt', '-rf.txt')
W('name with spaces ünï 🎖.txt', base)
W('ctl\x1b[31mname.txt', base)
W('page.pdf', b'%PDF-1.4\n' + os.urandom(5000))
# zip bomb: highly compressible member
with zipfile.ZipFile('bomb.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('big.txt', b'0' * 200_000_000)
    z.writestr('ok.txt', base)
with zipfile.ZipFile('slip.zip', 'w') as z:
    z.writestr('../../evil.txt', base)
    z.writestr('/abs/evil2.txt', base)
    z.writestr('good.txt', base)
with zipfile.ZipFile('nested.zip', 'w') as z:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, 'w') as zi:
        inner2 = io.BytesIO()
        with zipfile.ZipFile(inner2, 'w') as zii: zii.writestr('deep3.txt', base)
        zi.writestr('l2.zip', inner2.getvalue()); zi.writestr('l2.txt', base)
    z.writestr('l1.zip', inner.getvalue()); z.writestr('l1.txt', base)
W('broken.zip', open('../coll.zip','rb').read()[:40000])
W('notzip.zip', base)
with zipfile.ZipFile('many.zip', 'w') as z:
    for i in range(10050): z.writestr(f'm{i}.txt', f'Member {i}.')
# docx with xxe in document.xml
src = zipfile.ZipFile('../coll/regiment/medal_citations.docx')
with zipfile.ZipFile('xxe.docx', 'w') as z:
    for it in src.infolist():
        data = src.read(it.filename)
        if it.filename == 'word/document.xml':
            data = data.replace(b'<w:document', b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]><w:document', 1).replace(b'Sgt. Harold', b'&x; Sgt. Harold', 1)
            data = data.replace(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!DOCTYPE', b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!DOCTYPE')
        z.writestr(it, data)
# csv named
W('soldiers.csv', 'name,rank\nWilliam Ackroyd,Pte.\n')
W('notes.rtf', '{\\rtf1 hello}')
W('mixed.md', '| a |' + ' x |' * 300 + '\n|---|\n| 1 |' + ' y |' * 300 + '\n\n' + base)
