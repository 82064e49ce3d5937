import os, zipfile, tarfile, io, shutil
P='/work/redteam58/in/h/'
def w(n,b): open(P+n,'wb').write(b if isinstance(b,bytes) else b.encode())
pdf=open('/work/redteam58/in/fair/13_awards_list.pdf','rb').read()
docxb=open('/work/redteam58/in/fair/12_visitor_letter.docx','rb').read()
w('trunc.pdf', pdf[:len(pdf)//3])
w('textas.pdf', 'This is plain text about Camp Markwell, not a PDF.\n')
w('trunc.docx', docxb[:len(docxb)//2])
z=zipfile.ZipFile(P+'nodoc.docx','w'); z.writestr('[Content_Types].xml','<Types/>'); z.close()
# zip bomb
z=zipfile.ZipFile(P+'bomb.zip','w',zipfile.ZIP_DEFLATED); z.writestr('a.txt', b'A'*(40*1024*1024)); z.writestr('ok.txt','Camp Markwell stood at 8,900 feet.'); z.close()
# nested zips
inner=io.BytesIO(); z=zipfile.ZipFile(inner,'w'); z.writestr('level3.txt','Level three text about Depot Beta.'); z.close()
mid=io.BytesIO(); z=zipfile.ZipFile(mid,'w'); z.writestr('l3.zip',inner.getvalue()); z.writestr('level2.txt','Level two text about Depot Alpha.'); z.close()
m2=io.BytesIO(); z=zipfile.ZipFile(m2,'w'); z.writestr('l2.zip',mid.getvalue()); z.writestr('level1b.txt','Level one-b text.'); z.close()
z=zipfile.ZipFile(P+'nested.zip','w'); z.writestr('l1.zip',m2.getvalue()); z.writestr('level0.txt','Level zero text about Cape Garrick.'); z.close()
# traversal
z=zipfile.ZipFile(P+'trav.zip','w'); z.writestr('../../evil.txt','Evil text outside.'); z.writestr('/abs/evil2.txt','Absolute evil.'); z.writestr('good.txt','Good text about Mount Penmore.'); z.close()
# symlink member
z=zipfile.ZipFile(P+'symlink.zip','w'); zi=zipfile.ZipInfo('link.txt'); zi.external_attr=(0o120777<<16); z.writestr(zi,'/etc/passwd'); z.writestr('real.txt','Real text about Lyttelton.'); z.close()
# tar with .. and symlink
t=tarfile.open(P+'evil.tar.gz','w:gz')
for name,data in [('../up.txt',b'Up text.'),('ok.txt',b'Tar ok text about Hobart.')]:
    ti=tarfile.TarInfo(name); ti.size=len(data); t.addfile(ti,io.BytesIO(data))
ti=tarfile.TarInfo('passwd.txt'); ti.type=tarfile.SYMTYPE; ti.linkname='/etc/passwd'; t.addfile(ti)
ti=tarfile.TarInfo('hard.txt'); ti.type=tarfile.LNKTYPE; ti.linkname='/etc/passwd'; t.addfile(ti)
ti=tarfile.TarInfo('dev.txt'); ti.type=tarfile.CHRTYPE; ti.devmajor=1; ti.devminor=3; t.addfile(ti)
t.close()
w('broken.tar.gz', open(P+'evil.tar.gz','rb').read()[:60])
w('broken.zip', b'PK\x03\x04'+os.urandom(200))
# many members zip
z=zipfile.ZipFile(P+'many.zip','w')
for i in range(10050): z.writestr(f'm{i}.txt', f'Member {i}.')
z.close()
# XML
w('lol.xml','<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9; Camp Markwell.</p></body></text></TEI>')
w('xxe.xml','<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Secret: &xxe; end of text about Depot Alpha.</p></body></text></TEI>')
w('deep.xml','<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'+'<div>'*100000+'<p>Deep text about Hobart.</p>'+'</div>'*100000+'</body></text></TEI>')
w('hugeattr.xml','<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="'+'x'*(20*1024*1024)+'">Huge attribute text about Lyttelton.</p></body></text></TEI>')
w('badwhen.xml','<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>On <date when="99999-99-99">a bad day</date> and <date when="-0500">antiquity</date> and <date when="1912-02-30">30 Feb</date> <persName><persName><persName>Nested Person</persName></persName></persName> met at <placeName>Riga</placeName>.</p></body></text></TEI>')
w('malformed.xml','<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Unclosed text about Riga')
# HTML injection
w('inject.html','<html><head><title>Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; title</title></head><body><h1>Report &lt;img src=x onerror=alert(2)&gt;</h1><p>Captain &lt;script&gt;alert(3)&lt;/script&gt; Ashdown reached Camp Markwell on 15 December 1909.</p><p><a href="javascript:alert(4)">link</a> <img src=x onerror="alert(5)"> The Governor said: "&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in Riga.</p><script>alert(6)</script><iframe src="http://evil.example/"></iframe></body></html>')
w('inject.md','# Title </script><script>alert(7)</script>\n\nMr. <img src=x onerror=alert(8)> Hartmann visited Riga on 3 July 1912. He said: "</textarea><svg onload=alert(9)>".\n\n[click](javascript:alert(10))\n')
w('ansi.txt','Terminal \x1b[31mRED\x1b[0m and \x1b]0;pwned\x07 title and \x1b[2J clear. Captain Ashdown went to Hobart on 2 April 1910.\n')
w('nul.txt','Text with NUL\x00 bytes\x00 about Riga on 1 May 1912.\n')
w('utf16.txt','\ufeffUTF-16 text about Lyttelton on 29 November 1908.\n'.encode('utf-16-le').join([b'',b'']) if False else b'\xff\xfe'+'UTF-16 text about Lyttelton on 29 November 1908.\n'.encode('utf-16-le'))
w('utf8bom.txt','\ufeffBOM text about Hobart on 2 April 1910.\n'.encode('utf-8'))
w('latin1.txt','Der Schüler aus Dorpat kam am 3. Juli 1912 nach Riga. Größe und Straße.\n'.encode('latin-1'))
w('longline.txt',('Markwell'*130000)+'\n')
w('longwords.txt',' '.join(['Riga']*200000)+'\n')
w('rtl.txt','\u202eThis is reversed\u202c. مرحبا بالعالم. שלום. Ca\u0301\u0302\u0303\u0304mp Ma\u0300rkwell. \u200b\u200d zero width.\n')
w('emoji.txt','🏔️ Camp Markwell 🐧 was at 8,900 feet 🧊 on 15 December 1909. 👨‍👩‍👧‍👦\n')
w('junk.txt',os.urandom(5000))
w('empty.txt',b'')
w('ws.txt','   \n\n\t\n')
w('table.md','# T\n\n|'+'|'.join(f'c{i}' for i in range(300))+'|\n|'+'|'.join('-' for i in range(300))+'|\n|'+'|'.join(f'v{i}' for i in range(300))+'|\n')
w('deepmd.md','> '*5000+'deep quote about Riga\n\n'+''.join('  '*i+'- item\n' for i in range(2000)))
w('deep.html','<html><body>'+'<div>'*100000+'Deep html text about Riga.'+'</div>'*100000+'</body></html>')
w('gz.txt', __import__('gzip').compress(b'gzipped text'))
w('docxas.pdf', docxb)
w('pdfas.txt', pdf)
w('xxe.docx', b'')
z=zipfile.ZipFile(P+'xxe.docx','w'); 
for n in zipfile.ZipFile(io.BytesIO(docxb)).namelist():
    data=zipfile.ZipFile(io.BytesIO(docxb)).read(n)
    if n=='word/document.xml':
        s=data.decode(); s=s.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',1)
        s=s.replace('Dear Clara','Dear &xxe; Clara',1); data=s.encode()
    z.writestr(n,data)
z.close()
w('cp1250.txt','Żółć w Rydze, 1 maja 1912. Łódź i Gdańsk.\n'.encode('cp1250'))
w('crlf_cr.txt','Old Mac line endings\rabout Riga\ron 1 May 1912.\r')
w('-leading.txt','Leading dash file about Hobart.\n')
w('sp ace ünï.txt','Space and unicode name about Hobart.\n')
w('esc\x1b[31mname.txt','Escape in file name about Hobart.\n')
w('nl\nname.txt','Newline in file name about Hobart.\n')
os.makedirs(P+'dir.txt',exist_ok=True)
try: os.symlink('/etc/passwd',P+'link_passwd.txt')
except FileExistsError: pass
try: os.symlink('/nonexistent',P+'dangling.txt')
except FileExistsError: pass
if not os.path.exists(P+'fifo.txt'): os.mkfifo(P+'fifo.txt')
w('big.txt', b'a'*(51*1024*1024))
