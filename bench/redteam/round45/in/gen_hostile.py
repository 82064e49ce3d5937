import os, zipfile, io, tarfile, random, shutil
random.seed(45)
oh = '/work/redteam45/in/oh'
good = open(f'{oh}/BCS-001_wrigley_doris_1.txt').read()
def w(n, b, mode='wb'):
    with open(n, mode) as f: f.write(b)
docx = open(f'{oh}/BCS-004_kowalczyk_jan.docx','rb').read()
pdf = open(f'{oh}/BCS-006_stannard_ivy.pdf','rb').read()
w('H01_trunc.docx', docx[:len(docx)//2])
w('H02_trunc.pdf', pdf[:len(pdf)//2])
w('H03_pdf_as.txt', pdf)
w('H04_docx_as.pdf', docx)
# zip bomb: 200MB of zeros compressed
with zipfile.ZipFile('H05_bomb.zip','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', b'A'*(200*1024*1024))
lol = '<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY lol "lol">\n' + ''.join(f'<!ENTITY lol{i} "{("&lol%s;" % (i-1 if i>1 else "")) * 10}">\n' for i in range(1,10)) + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Laughs</title></titleStmt></fileDesc></teiHeader><text><body><p>Nellie said &lol9; to Doris.</p></body></text></TEI>'
lol = lol.replace('&lol;', '&lol;')
w('H06_billion_laughs.xml', lol.encode())
w('H07_xxe.xml', b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>XXE</title></titleStmt></fileDesc></teiHeader><text><body><p>Host is &x; said Doris Wrigley in Boston.</p></body></text></TEI>')
w('H08_deep.xml', ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div>'*100000 + '<p>Deep Nellie Garfield in Boston.</p>' + '</div>'*100000 + '</body></text></TEI>').encode())
w('H09_hugeattr.xml', ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + 'x'*8_000_000 + '">Nellie Garfield led the strike in Boston in 1953.</p></body></text></TEI>').encode())
w('H10_junk.txt', bytes(random.getrandbits(8) for _ in range(200_000)))
w('H11_utf16.txt', good.encode('utf-16'))
w('H12_bom.txt', b'\xef\xbb\xbf' + good.encode())
w('H13_nul.txt', good.replace('Nellie', 'Nel\x00lie').encode())
w('H14_longline.txt', ('Supercalifragilistic' * 45000 + ' Nellie Garfield led the strike in Boston in 1953.').encode())
w('H15_rtl.txt', 'Narrator: \u05d3\u05d5\u05e8\u05d9\u05e1 \u202eosei neleH\u202c said "\u0645\u0631\u062d\u0628\u0627" 👩‍🏭🥫 Z\u0335\u0321\u0327a\u0336l\u0337g\u0338o in Boston in 1953. Nellie Garfield 🏳️‍🌈 led the strike. e\u0301\u0301\u0301\u0301\u0301\u0301\u0301.\n'.encode())
w('H16_ctrl.txt', b'Interview with \x1b[31mRED\x1b[0m Doris \x1b]0;pwned\x07Wrigley in Boston on 3 August 1953.\nNellie Garfield said "\x1b[2JCleared \x08\x08\x08screen" in Boston.\r\nMore\rOverwrite line.\n')
w('H17_cp1252.txt', ('Interview: Doris Wrigley said \u201cWe\u2019ll not go back\u201d in Boston, 3 August 1953. Caf\u00e9 na\u00efve \u00a3210.').encode('cp1252'))
w('H18_empty.txt', b'')
w('H19_xss.html', b'<html><head><title>XSS <script>alert(1)</script> title</title></head><body><h1>Doris <img src=x onerror=alert(2)> Wrigley</h1><p>Nellie Garfield said "&lt;script&gt;alert(3)&lt;/script&gt;" in Boston on 3 August 1953. <a href="javascript:alert(4)">click</a></p><p>Mr </script><script>alert(5)</script> Ashworth met &lt;b onmouseover=alert(6)&gt;Reg Boston&lt;/b&gt; in Wisbech.</p><figure><img src="javascript:alert(7)" alt="x\" onerror=\"alert(8)"><figcaption>Caption &lt;svg onload=alert(9)&gt; by Tom Blaylock</figcaption></figure></body></html>')
w('H20_md_xss.md', b'# Title <script>alert(10)</script>\n\n[click me](javascript:alert(11)) and <img src=x onerror=alert(12)> Nellie Garfield in Boston, 1953.\n\nPerson named </script><script>alert(13)</script>Garfield spoke. Named "{{7*7}}" and ${alert(14)} in Lincoln.\n\n![img](" onerror="alert(15))\n')
# docx XXE
zin = zipfile.ZipFile(f'{oh}/BCS-004_kowalczyk_jan.docx')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zout:
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == 'word/document.xml':
            s = data.decode()
            s = s.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',1)
            s = s.replace('Mechanic.', 'Mechanic &x; &h;.',1)
            data = s.encode()
        zout.writestr(it, data)
w('H21_docx_xxe.docx', buf.getvalue())
with zipfile.ZipFile('H22_zipslip.zip','w') as z:
    z.writestr('../../escape.txt', 'Nellie Garfield escaped to Boston in 1953.')
    z.writestr('/abs.txt', 'Absolute Doris Wrigley in Boston 1953.')
    z.writestr('ok/inside.txt', 'Inside Reg Boston at Wisbech in 1953.')
zi = zipfile.ZipInfo('link.txt'); zi.external_attr = (0o120777 << 16)
with zipfile.ZipFile('H23_symlink.zip','w') as z:
    z.writestr(zi, '/etc/passwd')
    z.writestr('real.txt', 'Real Doris in Boston 1953.')
# nested 3 deep
def zb(name, content):
    b = io.BytesIO()
    with zipfile.ZipFile(b,'w') as z: z.writestr(name, content)
    return b.getvalue()
lvl3 = zb('deep3.txt', 'Level three Nellie Garfield in Boston 1953.')
lvl2 = zb('l3.zip', lvl3)
lvl1 = zb('l2.zip', lvl2)
with zipfile.ZipFile('H24_nested.zip','w') as z:
    z.writestr('l1.zip', lvl1); z.writestr('top.txt', 'Top Reg Boston in Wisbech 1953.')
w('H26 weird name é\u202e.txt', b'Interview in Boston in 1953 with Doris Wrigley.')
w('-rf.txt', b'Leading dash file: Nellie Garfield in Boston 1953.')
w('H27_new\nline\x1b[31m.txt', b'Newline name: Walter Dunmore in Skegness, 1953.')
w('H32_deepdiv.html', ('<html><body>' + '<div>'*50000 + 'Deep Nellie Garfield in Boston 1953.' + '</div>'*50000 + '</body></html>').encode())
w('H35_dtd_entity.xml', b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY ng "Nellie Garfield">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>DTD entity</title></titleStmt></fileDesc></teiHeader><text><body><p>&ng; led the strike in Boston on 3 August 1953.</p></body></text></TEI>')
w('H37_table.md', ('# Table\n\n|' + '|'.join(f'c{i}' for i in range(500)) + '|\n|' + '---|'*500 + '\n|' + '|'.join(f'Nellie{i}' for i in range(500)) + '|\n').encode())
w('H38_ansi_name.md', b'# Interview with \x1b[5mBlink\x1b[0m Hale\n\nNarrator \x1b[31mGeorge\x1b[0m Hale met Nellie Garfield in Boston on 3 August 1953. She said, "\x1b[2J\x1b[Hcleared".\n')
w('H39_html_badenc.html', '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>Doris Wrigley at the caf\u00e9 in Boston, 1953. \u00a3210.</p></body></html>'.encode('latin-1'))
w('H40_xml_notwellformed.xml', b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Nellie <hi>Garfield</p></body>')
w('H41_html_as.docx', b'<html><body><p>I am html named docx. Nellie Garfield in Boston 1953.</p></body></html>')
w('H42_gzip_as.tei', zb('x.txt','zip pretending tei'))
w('H43_utf8_invalid.txt', b'Doris Wrigley in Boston \xff\xfe\xc3\x28 1953 \xed\xa0\x80 surrogate.')
w('H44_crlf_mac.txt', b'Interview\r\rNellie Garfield in Boston\rin 1953.\r')
w('H45_tei_u_who.xml', b'''<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>sp test</title></titleStmt></fileDesc></teiHeader><text><body><sp who="#NG"><speaker>Nellie Garfield</speaker><p>Not one tin leaves this yard.</p></sp><sp><speaker>Cyril Ashworth</speaker><p>Then the peas will rot in Boston.</p></sp></body></text></TEI>''')
