import os, zipfile, tarfile, io, random, shutil
random.seed(44)
os.makedirs('.', exist_ok=True)
def w(n, b): open(n, 'wb').write(b if isinstance(b, bytes) else b.encode('utf-8'))
w('empty.txt', b'')
w('nul.txt', b'Letter from Karl Null\n\nKarl\x00 Null wrote from Riga\x00 on 3 May 1788.\x00\x00\n')
w('junk.txt', bytes(random.getrandbits(8) for _ in range(20000)))
pdf = open('../ed/biography_friederike.pdf','rb').read()
w('truncated.pdf', pdf[:600])
w('fake.pdf', 'Letter from Anna Fake, Riga, 3 May 1788. Just text.\n')
w('fake.docx', 'Letter from Berta Fake, Riga, 3 May 1788. Just text.\n')
dx = open('../ed/biography_johann.docx','rb').read()
w('truncated.docx', dx[:len(dx)//2])
w('pdf_named.txt', pdf)
# zip bomb: 300MB of zeros
with zipfile.ZipFile('bomb.zip','w',zipfile.ZIP_DEFLATED) as z:
    with z.open('letters/zeros.txt','w') as f:
        chunk = b'0'*(1<<20)
        for _ in range(300): f.write(chunk)
# nested zips 4 deep
inner = io.BytesIO()
with zipfile.ZipFile(inner,'w') as z: z.writestr('deep4.txt','Letter from Level Four, Riga, 3 May 1788. Deep Four wrote.')
for lvl in (3,2,1):
    b=io.BytesIO()
    with zipfile.ZipFile(b,'w') as z:
        z.writestr(f'level{lvl}.zip', inner.getvalue()); z.writestr(f'deep{lvl}.txt', f'Letter from Level {lvl}. Mr. Deep Level{lvl} wrote from Riga on {lvl} May 1788.')
    inner=b
w('nested.zip', inner.getvalue())
with zipfile.ZipFile('slip.zip','w') as z:
    z.writestr('../../../../tmp/redteam44_slip.txt','Slip content. Mr. Zip Slip wrote from Riga on 3 May 1788.')
    z.writestr('/tmp/redteam44_abs.txt','Abs content')
    z.writestr('ok.txt','Letter from Okay Person. Mr. Okay Person wrote from Riga on 3 May 1788.')
    zi = zipfile.ZipInfo('link.txt'); zi.create_system=3; zi.external_attr = (0o120777<<16)
    z.writestr(zi, '/etc/passwd')
with tarfile.open('slip.tar','w') as t:
    for name,data in [('../redteam44_tarslip.txt',b'tar slip'),('good.txt',b'Letter from Tar Good. Mr. Tar Good wrote from Riga on 3 May 1788.')]:
        ti=tarfile.TarInfo(name); ti.size=len(data); t.addfile(ti, io.BytesIO(data))
    ti=tarfile.TarInfo('passwd.txt'); ti.type=tarfile.SYMTYPE; ti.linkname='/etc/passwd'; t.addfile(ti)
    ti=tarfile.TarInfo('hard.txt'); ti.type=tarfile.LNKTYPE; ti.linkname='/etc/passwd'; t.addfile(ti)
    ti=tarfile.TarInfo('dev.txt'); ti.type=tarfile.CHRTYPE; ti.devmajor=1; ti.devminor=5; t.addfile(ti)
w('broken.zip', b'PK\x03\x04' + os.urandom(300))
w('not_really.tar.gz', b'\x1f\x8b\x08\x00' + os.urandom(300))
# many members
with zipfile.ZipFile('many.zip','w') as z:
    for i in range(10050): z.writestr(f'm/{i:05}.txt', f'Note {i}.')
# XML attacks
w('laughs.xml', '''<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Laughs &lol9; from Riga.</p></body></text></TEI>''')
w('xxe.xml', '''<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/hostname"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>XXE letter</title></titleStmt></fileDesc></teiHeader><text><body><p>Mr. Ext Entity wrote from Riga on 3 May 1788: SECRET[&xxe;] NET[&net;]</p></body></text></TEI>''')
w('dtd_ext.xml', '''<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "file:///etc/passwd">
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Mr. Dtd External wrote from Riga on 3 May 1788.</p></body></text></TEI>''')
w('internal_entity.xml', '''<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY jch "Johann Christoph Hartmann">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Entity letter</title></titleStmt></fileDesc></teiHeader><text><body><p><persName>&jch;</persName> wrote from <placeName>Riga</placeName> on <date when="1788-05-03">3 May 1788</date>.</p></body></text></TEI>''')
w('deep.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div>'*100000 + '<p>Deep Riga 3 May 1788.</p>' + '</div>'*100000 + '</body></text></TEI>')
w('hugeattr.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + 'A'*20_000_000 + '">Mr. Huge Attr wrote from Riga on 3 May 1788.</p></body></text></TEI>')
w('malformed.xml', '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Mr. Broken Xml wrote from Riga on 3 May 1788.<p></body>')
w('notei.xml', '<?xml version="1.0"?><rss><channel><title>Feed</title><item>Mr. Rss Person wrote from Riga.</item></channel></rss>')
w('deep.html', '<html><body>' + '<div>'*50000 + '<p>Mr. Deep Html wrote from Riga on 3 May 1788.</p>' + '</div>'*50000 + '</body></html>')
w('deep.md', '# Deep\n\n' + '> '*5000 + 'Mr. Deep Quote wrote from Riga.\n\n' + ''.join('  '*i + '- item\n' for i in range(3000)))
w('longline.txt', 'Letter from Long Line\n\n' + ('Mr. Long Line wrote from Riga on 3 May 1788 ' * 20000) + '\n')
w('longword.txt', 'Letter from Long Word\n\n' + 'A'*900000 + '\n')
w('bom8.txt', '\ufeffLetter from Bom Eight\n\nMr. Bom Eight wrote from Rīga on 3 May 1788.\n')
w('utf16.txt', 'Letter from Utf Sixteen\n\nMr. Utf Sixteen wrote from Riga on 3 May 1788. Grüße.\n'.encode('utf-16'))
w('utf16nobom.txt', 'Letter from Utf Sixteen No Bom\n\nMr. Nobom wrote from Riga.\n'.encode('utf-16-le'))
w('latin1.txt', 'Letter from Jürgen Müller\n\nJürgen Müller wrote from Lübeck on 3 May 1788. Straße, Grüße, Mädchen, Bäcker.\n'.encode('latin-1'))
w('cp1251.txt', 'Письмо Петра Соколова\n\nПётр Иванович Соколов писал из Санкт-Петербурга 11 июня 1788 года.\n'.encode('cp1251'))
w('mixed_invalid.txt', 'Letter from Mixed Bytes\n\nMr. Mixed wrote from Riga '.encode()+b'\xff\xfe\xc3\x28 on 3 May 1788 caf\xe9.\n')
w('rtl.txt', 'رسالة من أحمد\n\nكتب أحمد بن علي من بغداد في 3 مايو 1788. שלום ירושלים. Mr. Ahmad Ali wrote from Baghdad.\n')
w('combining.txt', 'Letter from Z̷̢̛a̴l̶g̸o̵\n\n' + 'Z' + '\u0301\u0302\u0303\u0304'*2000 + ' wrote from Riga on 3 May 1788. Café vs Café. 👩‍👩‍👧‍👦🏳️‍🌈 emoji wrote.\n')
w('ctrlchars.md', '# Control \x07\x08 title\x1b[31m\n\nMr. Ctrl\x0b Char\x0c wrote\x7f from \x1b[5mRiga\x9b31m on 3 May 1788.\x85\n')
w('-rf.txt', 'Letter from Dash Name. Mr. Dash Name wrote from Riga on 3 May 1788.\n')
w('name with spaces ü 文字.md', '# Letter from Space Name\n\nMr. Space Name wrote from Riga on 3 May 1788.\n')
w('esc\x1b[31mname\x07.txt', 'Letter from Esc Name. Mr. Esc Name wrote from Riga on 3 May 1788.\n')
w('new\nline.txt', 'Letter from Newline Name. Mr. Newline Name wrote from Riga on 3 May 1788.\n')
w('notes.rtf', r'{\rtf1\ansi Letter from Rtf Person}')
w('data.csv', 'name,place\nHartmann,Riga\n')
w('unknown.xyz', 'Letter from Unknown Suffix. Mr. Unknown Suffix wrote from Riga on 3 May 1788.\n')
w('page.htm', '<html><head><meta charset="iso-8859-1"><title>Charset lie</title></head><body><p>Mr. Charset Lie wrote from Riga on 3 May 1788. Grüße – “quotes”.</p></body></html>')
w('table.md', '# Wide table\n\n|' + '|'.join(f'c{i}' for i in range(500)) + '|\n|' + '|'.join('---' for i in range(500)) + '|\n|' + '|'.join(f'Riga {i}' for i in range(500)) + '|\n')
# docx XXE
import zipfile as zf
src = zf.ZipFile('../ed/biography_johann.docx')
with zf.ZipFile('xxe.docx','w', zf.ZIP_DEFLATED) as z:
    for it in src.infolist():
        data = src.read(it.filename)
        if it.filename=='word/document.xml':
            s=data.decode()
            s=s.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>','<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',1)
            s=s.replace('the son of a bookseller','the son of a bookseller SECRET[&xxe;]',1)
            data=s.encode()
        z.writestr(it, data)
with zf.ZipFile('bomb.docx','w', zf.ZIP_DEFLATED) as z:
    for it in src.infolist():
        data = src.read(it.filename)
        if it.filename=='word/document.xml':
            s=data.decode(); i=s.index('</w:body>'); s=s[:i]+('<w:p><w:r><w:t>'+'x'*1000+'</w:t></w:r></w:p>')*200000+s[i:]; data=s.encode()
        z.writestr(it, data)
