import os, zipfile, io, tarfile, shutil
os.chdir("/work/redteam49/in/h")
C = "../coll/"
pdf = open(C+"sea/MV-01_voyage_summary.pdf","rb").read()
open("truncated.pdf","wb").write(pdf[:len(pdf)//2])
open("fake.pdf","wb").write(b"This is not a PDF at all, just the log of the Queen Charlotte.\n")
dx = open(C+"hosp/AS-03_case_notes.docx","rb").read()
open("truncated.docx","wb").write(dx[:5000])
with zipfile.ZipFile("nodoc.docx","w") as z: z.writestr("[Content_Types].xml","<Types/>"); z.writestr("word/other.xml","<x/>")
# docx with XXE
src = zipfile.ZipFile(C+"hosp/AS-03_case_notes.docx")
with zipfile.ZipFile("xxe.docx","w") as z:
    for n in src.namelist():
        data = src.read(n)
        if n == "word/document.xml":
            data = data.replace(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',1)
            data = data.replace(b"Register No. 1066", b"Register &xxe; No", 1)
        z.writestr(n, data)
# zip bomb
with zipfile.ZipFile("bomb.zip","w",zipfile.ZIP_DEFLATED) as z: z.writestr("big.txt", b"A"*200_000_000)
with zipfile.ZipFile("traversal.zip","w") as z:
    z.writestr("../../evil.txt","The ship Evil sailed from Dover on 1 May 1850.")
    z.writestr("/abs/evil2.txt","The ship Evil Two sailed from Dover on 2 May 1850.")
    z.writestr("ok.txt","The brig Good Hope sailed from Hull on 3 May 1850.")
# symlink member
zi = zipfile.ZipInfo("link.txt"); zi.external_attr = (0o120777 << 16)
with zipfile.ZipFile("symlink.zip","w") as z: z.writestr(zi, "/etc/passwd"); z.writestr("fine.txt","Captain Ames sailed from Leith on 4 May 1850.")
# nested 3 deep
b = io.BytesIO()
with zipfile.ZipFile(b,"w") as z: z.writestr("deep3.txt","Level three: the ship Deep sailed 5 May 1850.")
lvl3=b.getvalue(); b=io.BytesIO()
with zipfile.ZipFile(b,"w") as z: z.writestr("l3.zip",lvl3); z.writestr("deep2.txt","Level two: the ship Middle sailed 6 May 1850.")
lvl2=b.getvalue()
with zipfile.ZipFile("nested.zip","w") as z: z.writestr("l2.zip",lvl2); z.writestr("deep1.txt","Level one: the ship Top sailed 7 May 1850.")
open("broken.zip","wb").write(open("nested.zip","rb").read()[:60])
# tar with traversal
with tarfile.open("trav.tar.gz","w:gz") as t:
    for name, data in [("../tarevil.txt", b"Tar evil text on 8 May 1850."), ("good.txt", b"Captain Rowe of the Hope sailed 9 May 1850.")]:
        ti = tarfile.TarInfo(name); ti.size=len(data); t.addfile(ti, io.BytesIO(data))
# XML attacks
open("xxe.xml","w").write('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Secret: &xxe; The ship sailed.</p></body></text></TEI>\n')
lol = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i-1 if i>1 else "")) * 10}">' for i in range(1,10)) + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>\n'
lol = lol.replace("&lol;", "&lol;")
open("lol.xml","w").write(lol)
open("deep.xml","w").write('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + "<div>"*200000 + "<p>Deep sea.</p>" + "</div>"*200000 + "</body></text></TEI>")
open("hugeattr.xml","w").write('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="' + "x"*20_000_000 + '">Huge attribute on the Queen Charlotte, 1852.</p></body></text></TEI>')
open("malformed.xml","w").write('<?xml version="1.0"?><TEI><text><body><p>Unclosed <persName>Harrow</p></body>')
open("deep.html","w").write("<html><body>" + "<div>"*100000 + "Deep HTML log of 1852." + "</div>"*100000 + "</body></html>")
open("junk.txt","wb").write(os.urandom(100000))
open("utf16.txt","wb").write("\ufeffLog of the brig Anna, Captain Lars Berg, sailed from Bergen on 2 June 1851.".encode("utf-16-le"))
open("utf16nobom.txt","wb").write("Log of the brig Anna, Captain Lars Berg, sailed from Bergen on 2 June 1851.".encode("utf-16-le"))
open("bom.md","wb").write(b"\xef\xbb\xbf# Log of the Bergen\n\nCaptain Lars Berg sailed on 2 June 1851.\n")
open("nul.txt","wb").write(b"Captain Hale sailed\x00 from Dover\x00 on 3 June 1851.\n"*10)
open("longline.txt","w").write("Captain Long sailed on 4 June 1851. " + "x"*900_000 + "\n")
open("longwords.txt","w").write(" ".join(["Supercalifragilistic"*500]*40) + " Captain Word sailed 5 June 1851.\n")
open("rtl.txt","w").write("Log: \u05d4\u05e1\u05e4\u05d9\u05e0\u05d4 \u202eevil\u202c sailed from Haifa on 6 June 1851. Captain Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302lgo. \u0645\u0631\u062d\u0628\u0627 🚢⚓️👨‍👩‍👧 emoji ship on 7 June 1851.\n")
open("ansi.txt","wb").write(b"The ship \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 sailed from Deal on 8 June 1851 with Captain \x1b[2JClear.\r\n\x08\x08\n")
open("cp1252.txt","wb").write("Capitaine Fran\u00e7ois L\u00e9ger quitta Saint-Malo le 9 juin 1851 \u2014 \u00ab bon vent \u00bb.".encode("cp1252"))
open("empty.txt","wb").write(b"")
open("ws.txt","w").write("   \n\n\t\n")
open("inj.html","w").write('<html><head><title>Log &lt;/title&gt;&lt;script&gt;alert("T")&lt;/script&gt;</title></head><body><h1>Captain &lt;img src=x onerror=alert(1)&gt; Smith</h1><p>Captain <b>John &lt;script&gt;alert(1)&lt;/script&gt; Doe</b> sailed from &quot;Dover&quot; on 10 June 1851. He said: "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" and left.</p><script>alert("raw")</script><p onclick="alert(3)">Click <a href="javascript:alert(4)">here</a>.</p></body></html>')
open("inj.md","w").write('# Log of the <script>alert(5)</script> ship\n\nCaptain Robert </script><img src=x onerror=alert(6)> Vane sailed from Dover on 11 June 1851.\n\n[link](javascript:alert(7)) and ![img](x" onerror="alert(8))\n\nMr. O\'Brien said: "Beware \\u2028 of </script> and {{7*7}} and ${7*7}."\n')
open("inj.xml","w").write('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>&lt;script&gt;alert(9)&lt;/script&gt; log</title></titleStmt></fileDesc></teiHeader><text><body><p><persName>&lt;img src=x onerror=alert(10)&gt;</persName> sailed from <placeName>&quot;&gt;&lt;svg onload=alert(11)&gt;</placeName> on <date when="1851-06-12">12 June 1851</date>.</p></body></text></TEI>')
open("wide.md","w").write("# Wide\n\n| " + " | ".join(f"c{i}" for i in range(300)) + " |\n|" + "---|"*300 + "\n| " + " | ".join(f"v{i}" for i in range(300)) + " |\n\nCaptain Wide sailed 13 June 1851.\n")
open("notes.rtf","w").write("{\\rtf1\\ansi Captain RTF sailed.}")
open("data.csv","w").write("a,b\n1,2\n")
open("mystery.log","w").write("Captain Mystery sailed from Dover on 14 June 1851.\n")
open("ctrlonly.txt","wb").write(bytes(range(1,9))*1000)
open("badenc.txt","wb").write(b"Captain \xff\xfe\xfa bad utf8 sailed from Dover on 15 June 1851 \xc3\x28.\n")
