#!/bin/bash
# each hostile file built alone into its own db
cd /work/redteam42; V=venv/bin/vitrina; mkdir -p db/h
i=100
for f in billion.xml xxe.xml xxe_param.xml deep.xml deep.html hugeattr.html truncated.xml truncated.docx truncated.pdf fakepdf.pdf docx_is_text.docx binary.txt nul.txt ctrl.txt bom16.txt bom8.txt latin1.txt utf32.txt longline.txt longword.txt rtl.txt emoji.txt empty.txt ws.txt script.html inject.md inject.txt bomb.zip trav.zip broken.zip nested.zip link.tar bad.tgz table200.md notes.rtf data.json noext weird.xyz tei_ok.xml badref.xml svg.html many_dates.txt; do
  i=$((i+1)); id=H$i; echo "== $id $f"
  HEADN=600 ./r.sh $id 300 -- $V build in/h/$f --db db/h/$f.db
  echo "$id	$f" >> logs/hostile_ids.tsv
done
