#!/bin/bash
cd /work/redteam57
V=venv/bin/vitrina
n=0
for f in trunc.pdf notpdf.pdf binary.txt nul.txt bom8.txt utf16.txt utf16nobom.txt cp1252.txt longline.txt longword.txt rtl.txt emoji.md ctrl.txt xxe.xml billion.xml deep.xml deep.html hugeattr.xml malformed.xml notei.xml empty.txt ws.txt fake.docx trunc.docx zipnotdocx.docx corrupt.zip bomb.zip slip.zip nested.zip wrongext.txt manycells.md rtf.rtf noext script.py "name with spaces ü.txt" $'evil\e]0;T\atitle.txt' link_out.txt dangling.txt pipe.txt dir.txt unreadable.txt; do
  n=$((n+1)); id=H$(printf %02d $n)
  rm -f db/h.db
  T=120 bin/run $id hostile-file "in/h/$f" "named file: built or one-line Error, exit 0/1, no tb" -- $V build "in/h/$f" --db db/h.db
done
rm -f db/h.db
T=120 bin/run H50 hostile-file "in/h/-rf.txt via --" "built" -- $V build --db db/h.db -- "in/h/-rf.txt"
T=120 bin/run H51 hostile-file "-rf.txt without --" "usage error 2 or built" -- $V build --db db/h2.db -rf.txt
rm -f db/h.db
T=300 bin/run H52 hostile-folder "in/h/ whole folder" "bad files skipped, rest built, exit 0" -- $V build in/h --db db/hall.db --verbose
ls /tmp/redteam57_* 2>&1 > logs/slipcheck.txt
echo HOSTILE-DONE
