from harness import *
H=R+'/in/h/'
def err1(o,e):
    lines=[l for l in e.splitlines() if l.startswith('Error:')]
    if not lines: return 'no Error: line'
def nodb(path):
    def f(o,e):
        r=err1(o,e)
        if r: return r
        if os.path.exists(path) and os.path.getsize(path)>0: return 'db created although nothing built'
    return f
def built(n):
    def f(o,e):
        m=re.search(r'(\d+) documents? \((\d+) analysed',e+o)
        if not m: return 'no summary'
        if int(m.group(1))!=n: return f'{m.group(1)} documents, expected {n}'
    return f
def dbp(i): 
    p=f'{R}/db/h_{i}.db'
    if os.path.exists(p): os.remove(p)
    return p
B=lambda i,f,extra='': f'$V build {f} --db {dbp(i)} {extra}'
cases=[
('H01','malformed file','truncated PDF (1/3)','trunc.pdf',(1,),'Error: one line, rc 1, no db'),
('H02','wrong extension','plain text named .pdf','textas.pdf',(0,1),'refused as not PDF (rc1) or read as text'),
('H03','malformed file','truncated DOCX','trunc.docx',(1,),'Error line rc 1'),
('H04','malformed file','ZIP named .docx without word/document.xml','nodoc.docx',(1,),'Error line rc 1'),
('H05','archive','zip bomb member 40MB of A (1000:1) + ok member','bomb.zip',(0,),'bomb member refused with warning, ok.txt built'),
('H06','archive','zip nested 3 deep','nested.zip',(0,),'levels 0-2 read, level3 not'),
('H07','archive','zip with ../ and absolute members','trav.zip',(0,),'traversal members not read, warning; good.txt built'),
('H08','archive','zip with symlink member','symlink.zip',(0,),'link not read; real.txt built'),
('H09','archive','tar.gz with .., symlink, hardlink, device','evil.tar.gz',(0,),'only ok.txt read, warnings'),
('H10','archive','truncated tar.gz','broken.tar.gz',(1,),'Error rc1'),
('H11','archive','zip of random bytes','broken.zip',(1,),'Error rc1'),
('H12','archive','zip with 10,050 members','many.zip',(0,),'first 10,000 read with warning',300),
('H13','XML entities','billion laughs TEI','lol.xml',(0,1),'no expansion blowup; fast'),
('H14','XML entities','XXE file:///etc/passwd','xxe.xml',(0,1),'passwd not read'),
('H15','deep nesting','TEI 100k nested div','deep.xml',(0,1),'no recursion crash'),
('H16','huge attribute','TEI 20MB attribute','hugeattr.xml',(0,1),'builds or clean error'),
('H17','TEI','invalid date when values, nested persName','badwhen.xml',(0,),'bad when ignored, builds'),
('H18','malformed file','unclosed TEI','malformed.xml',(0,1),'clean error or recovered'),
('H19','injection','HTML with script/onerror in text','inject.html',(0,),'builds'),
('H20','injection','Markdown with raw script','inject.md',(0,),'builds'),
('H21','control chars','text with ANSI/OSC escapes','ansi.txt',(0,),'builds; no raw ESC printed'),
('H22','NUL bytes','text with NUL bytes','nul.txt',(0,1),'builds or clean refusal'),
('H23','encoding','UTF-16LE BOM text','utf16.txt',(0,),'decoded'),
('H24','encoding','UTF-8 BOM text','utf8bom.txt',(0,),'BOM stripped'),
('H25','encoding','latin-1 text','latin1.txt',(0,),'detected with warning'),
('H26','long line','1 MB single word line','longline.txt',(0,),'builds in seconds',300),
('H27','long input','1 MB of the word Riga','longwords.txt',(0,),'builds',300),
('H28','RTL/combining','RTL override, Arabic, Hebrew, combining marks','rtl.txt',(0,),'builds'),
('H29','emoji','emoji text','emoji.txt',(0,),'builds'),
('H30','binary junk','random bytes .txt','junk.txt',(1,),'refused: not text'),
('H31','empty','empty .txt','empty.txt',(0,1),'clean message'),
('H32','empty','whitespace-only .txt','ws.txt',(0,1),'clean message'),
('H33','markdown','table with 300 cells','table.md',(0,),'warning of cut cells'),
('H34','deep nesting','Markdown 5000 nested quotes + 2000 nested list','deepmd.md',(0,1),'no recursion crash',300),
('H35','deep nesting','HTML 100k nested div','deep.html',(0,1),'no crash'),
('H36','wrong extension','gzip bytes named .txt','gz.txt',(1,),'refused'),
('H37','wrong extension','DOCX named .pdf','docxas.pdf',(0,1),'read as DOCX or refused cleanly'),
('H38','wrong extension','PDF named .txt','pdfas.txt',(0,1),'read as PDF or refused'),
('H39','XML entities','DOCX with XXE entity in document.xml','xxe.docx',(0,1),'hostname not read'),
('H40','encoding','cp1250 text','cp1250.txt',(0,),'detected with warning'),
('H41','line endings','CR-only line endings','crlf_cr.txt',(0,),'builds'),
('H42','names','file name with leading dash (as ./-leading.txt)','./-leading.txt',(0,),'builds'),
('H43','names','file name with space and unicode',"'sp ace ünï.txt'",(0,),'builds'),
('H44','names','file name with ESC sequence',"esc*name.txt",(0,),'builds; name escaped in output'),
('H45','names','file name with newline',"nl*name.txt",(0,),'builds; name escaped'),
('H46','names','directory named dir.txt','dir.txt',(1,0),'clean error/nothing'),
('H47','names','symlink to /etc/passwd named on command line','link_passwd.txt',(0,1),'user named it: fine either way, no traceback'),
('H48','names','dangling symlink named','dangling.txt',(1,),'Error rc1'),
('H49','names','FIFO named on command line','fifo.txt',(1,),'refused without hanging',30),
('H50','resource','51 MB text file','big.txt',(1,),'refused over 50MB'),
('H51','names','nonexistent file','nonexist.txt',(1,2),'Error rc 2 (click) or 1'),
]
for c in cases:
    i,cls,desc,f,rc,exp=c[:6]; t=c[6] if len(c)>6 else 120
    chk=None
    if rc==(1,): chk=nodb(f'{R}/db/h_{i}.db')
    run(i,cls,desc,f'cd {H} && '+B(i,f),exp,rc=rc,check=chk,t=t)
