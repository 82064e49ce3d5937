#!/bin/bash
cd /work/redteam49
r(){ ./h.py "$@" >/dev/null; }
H=in/h
r H01 malformed "truncated.pdf (half a PDF)" "Error: line, exit 1, no traceback" '$V build in/h/truncated.pdf --db db/h01.db'
r H02 malformed "fake.pdf (text with .pdf ext)" "refused as not PDF, exit 1" '$V build in/h/fake.pdf --db db/h02.db'
r H03 malformed "truncated.docx" "Error: exit 1" '$V build in/h/truncated.docx --db db/h03.db'
r H04 malformed "docx without word/document.xml" "Error: exit 1" '$V build in/h/nodoc.docx --db db/h04.db'
r H05 malformed "docx with XXE entity to /etc/hostname" "no file content leaked; built or refused" '$V build in/h/xxe.docx --db db/h05.db && $V export --db db/h05.db --format json | grep -c "$(cat /etc/hostname)"'
r H06 archive "zip bomb 200MB in 194KB (1000:1)" "member refused as zip bomb, warning, fast, low mem" '$V build in/h/bomb.zip --db db/h06.db'
r H07 archive "zip with ../ and absolute member paths" "those members not read, warning; ok.txt built; nothing written outside" '$V build in/h/traversal.zip --db db/h07.db; ls -la /work/evil.txt /abs 2>&1'
r H08 archive "zip with symlink member to /etc/passwd" "link not read, warning" '$V build in/h/symlink.zip --db db/h08.db && $V export --db db/h08.db --format json | grep -c "root:x" '
r H09 archive "zip nested 3 levels" "levels 1-2 read, level 3 not, warning" '$V build in/h/nested.zip --db db/h09.db --verbose'
r H10 archive "broken zip (60 bytes)" "one Error: line, exit 1" '$V build in/h/broken.zip --db db/h10.db'
r H11 archive "tar.gz with ../ member" "traversal member not read" '$V build in/h/trav.tar.gz --db db/h11.db; ls /work/redteam49/in/tarevil.txt 2>&1'
r H12 xml "XXE SYSTEM file:///etc/passwd in TEI" "entity not expanded" '$V build in/h/xxe.xml --db db/h12.db; $V export --db db/h12.db --format json 2>/dev/null | grep -c "root:x"'
r H13 xml "billion laughs TEI" "refused or unexpanded, low memory, fast" '$V build in/h/lol.xml --db db/h13.db'
r H14 xml "200,000-deep nested div TEI" "no crash (RecursionError), Error or built" '$V build in/h/deep.xml --db db/h14.db'
r H15 xml "20MB attribute TEI" "built or refused, memory bounded" '$V build in/h/hugeattr.xml --db db/h15.db' 300
r H16 xml "malformed TEI (unclosed)" "Error: exit 1" '$V build in/h/malformed.xml --db db/h16.db'
r H17 html "100,000-deep nested div HTML" "no crash" '$V build in/h/deep.html --db db/h17.db' 300
r H18 text "100 KB random binary .txt" "refused (not text), exit 1" '$V build in/h/junk.txt --db db/h18.db'
r H19 encoding "UTF-16LE with BOM" "read correctly" '$V build in/h/utf16.txt --db db/h19.db && $V search Bergen --db db/h19.db'
r H20 encoding "UTF-16LE without BOM" "detected with warning, or refused clearly" '$V build in/h/utf16nobom.txt --db db/h20.db && $V search Bergen --db db/h20.db'
r H21 encoding "UTF-8 BOM markdown" "BOM not in title" '$V build in/h/bom.md --db db/h21.db && $V export --db db/h21.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(repr(d[\"documents\"][0][\"title\"]))"'
r H22 text "NUL bytes inside text" "built, NULs dropped, no raw NUL output" '$V build in/h/nul.txt --db db/h22.db && $V search Dover --db db/h22.db'
r H23 text "900 KB single line" "builds in seconds, <1GB" '$V build in/h/longline.txt --db db/h23.db' 300
r H24 text "40 words of 10,000 chars" "builds" '$V build in/h/longwords.txt --db db/h24.db' 300
r H25 text "RTL override, combining marks, emoji" "built, search works, no crash" '$V build in/h/rtl.txt --db db/h25.db && $V search emoji --db db/h25.db'
r H26 control "ANSI escapes/OSC/BEL in text" "search output escapes control chars" '$V build in/h/ansi.txt --db db/h26.db && $V search Deal --db db/h26.db && $V search RED --db db/h26.db --json'
r H27 encoding "cp1252 French text" "detected with warning, accents right" '$V build in/h/cp1252.txt --db db/h27.db && $V search Malo --db db/h27.db'
r H28 encoding "cp1252 with --encoding cp1252" "read, no warning" '$V build in/h/cp1252.txt --db db/h28.db --encoding cp1252 && $V search François --db db/h28.db'
r H29 text "empty .txt named" "Error exit 1, no db" '$V build in/h/empty.txt --db db/h29.db; ls db/h29.db'
r H30 text "whitespace-only .txt" "Error exit 1" '$V build in/h/ws.txt --db db/h30.db'
r H31 format "notes.rtf named" "Error unsupported (RTF), exit 1" '$V build in/h/notes.rtf --db db/h31.db'
r H32 format ".csv named as document" "Error unsupported, exit 1" '$V build in/h/data.csv --db db/h32.db'
r H33 format "unknown suffix .log with text" "read as plain text" '$V build in/h/mystery.log --db db/h33.db'
r H34 text ".txt of control bytes named" "Error, exit 1" '$V build in/h/ctrlonly.txt --db db/h34.db'
r H35 encoding "invalid UTF-8 bytes" "detected/replaced with warning" '$V build in/h/badenc.txt --db db/h35.db'
r H36 md "markdown table row of 300 cells" "warning about cut row, built" '$V build in/h/wide.md --db db/h36.db'
r H37 html "HTML injection doc (script in title/text/attrs)" "built" '$V build in/h/inj.html in/h/inj.md in/h/inj.xml --db db/inj.db'
r H38 batch "folder of all hostile files" "bad files reported, rest built, exit 0, bounded" '$V build in/h --db db/h38.db --verbose' 600
echo Q1DONE
