#!/bin/bash
cd /work/redteam53; V=venv/bin/vitrina; H=in/h; D=work/h; mkdir -p $D
r() { ./run.sh "$@" > /dev/null; }
r F01 format "truncated DOCX" "Error: line, exit 1, no db" -- $V build $H/trunc.docx --db $D/f01.db
r F02 format "truncated PDF" "Error line exit 1 or partial text" -- $V build $H/trunc.pdf --db $D/f02.db
r F03 format "truncated TEI" "Error line exit 1" -- $V build $H/trunc.xml --db $D/f03.db
r F04 format "plain text named .pdf" "refused by content, Error exit 1" -- $V build $H/fake.pdf --db $D/f04.db
r F05 format "plain text named .docx" "refused/read as text, no traceback" -- $V build $H/fake.docx --db $D/f05.db
r F06 format "PNG bytes named .txt" "refused: unsupported (PNG)" -- $V build $H/png_as_txt.txt --db $D/f06.db
r F07 format "TEI with external entity file:///etc/passwd" "entity not expanded" -- $V build $H/xxe.xml --db $D/f07.db
r F08 format "billion laughs TEI" "refused/no expansion, bounded memory" -- $V build $H/billion.xml --db $D/f08.db
r F09 format "TEI nested 5000 divs" "builds or Error, no traceback" -- $V build $H/deep.xml --db $D/f09.db
r F10 format "HTML nested 20000 divs" "builds or Error, no traceback" -- $V build $H/deep.html --db $D/f10.db
r F11 format "TEI 5 MB attribute" "builds, bounded" -- $V build $H/hugeattr.xml --db $D/f11.db
r F12 format "20 KB random bytes .txt" "refused unsupported, exit 1" -- $V build $H/junk.txt --db $D/f12.db
r F13 format "UTF-16LE with BOM" "read as UTF-16" -- $V build $H/bom16.txt --db $D/f13.db
r F14 format "UTF-8 BOM markdown" "BOM stripped" -- $V build $H/bom8.md --db $D/f14.db
r F15 format "cp1252 text with £ and curly quotes" "detected with warning" -- $V build $H/cp1252.txt --db $D/f15.db
r F16 format "NUL bytes in text" "built or refused cleanly" -- $V build $H/nul.txt --db $D/f16.db
r F17 format "1.1 MB single line" "built within limits" -- $V build $H/longline.txt --db $D/f17.db
r F18 format "400k-char single word" "built" -- $V build $H/longword.txt --db $D/f18.db
r F19 format "RTL, 10k combining marks, bidi override, emoji" "built, no crash" -- $V build $H/rtl_combining.txt --db $D/f19.db
r F20 format "ANSI escapes / OSC title in text" "built; no raw ESC printed" -- $V build $H/ctrl.txt --db $D/f20.db
r F21 format "HTML with script/onerror injection" "built" -- $V build $H/inject.html --db $D/inj.db
r F22 format "Markdown with raw HTML/JS injection" "built" -- $V build $H/inject.md --db $D/inj.db
r F23 format "empty .txt" "Error: no text, exit 1" -- $V build $H/empty.txt --db $D/f23.db
r F24 format "whitespace-only .txt" "Error exit 1" -- $V build $H/ws.txt --db $D/f24.db
r F25 format "PDF header + random bytes" "Error exit 1" -- $V build $H/page.pdf --db $D/f25.db
r F26 archive "zip with 200 MB member of zeros (bomb) + ok.txt" "bomb refused with warning, ok.txt built" -- $V build $H/bomb.zip --db $D/f26.db
r F27 archive "zip slip ../../evil.txt, /abs/evil2.txt" "slipping members refused; nothing written outside" -- $V build $H/slip.zip --db $D/f27.db
r F28 archive "zip in zip in zip" "2 levels read, 3rd not" -- $V build $H/nested.zip --db $D/f28.db
r F29 archive "truncated zip" "one Error line exit 1" -- $V build $H/broken.zip --db $D/f29.db
r F30 archive "text named .zip" "read as text or refused cleanly" -- $V build $H/notzip.zip --db $D/f30.db
r F31 archive "zip with 10050 members" "warning at 10,000, rest left out" -- $V build $H/many.zip --db $D/f31.db
r F32 format "DOCX with DOCTYPE external entity" "entity not expanded" -- $V build $H/xxe.docx --db $D/f32.db
r F33 format "CSV named on command line" "refused exit 1 (data)" -- $V build $H/soldiers.csv --db $D/f33.db
r F34 format "RTF named" "refused with format name" -- $V build $H/notes.rtf --db $D/f34.db
r F35 format "Markdown table with 300 cells" "cut at 200 with warning" -- $V build $H/mixed.md --db $D/f35.db
r F36 archive "ZIP of the whole collection (with scans, CSVs)" "14 docs as coll.zip!…" -- $V build in/coll.zip --db $D/f36.db
echo BATCH1DONE
