#!/bin/bash
# Defect: a PDF line mixing English and Hebrew (pdftotext reads it correctly) is split into fragments with
# letters reordered; two fragments become section headings and one the document's title.
V=${V:-/work/redteam46/venv/bin/vitrina}; PY=${PY:-/work/redteam46/tools/bin/python}  # python with fpdf2 + uharfbuzz
T=$(mktemp -d); cd $T
$PY - <<'P'
from fpdf import FPDF
p=FPDF(); p.add_page(); p.add_font('dv','','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); p.set_font('dv',size=12); p.set_text_shaping(True)
for t in ["Research Summary: Makers in the Calder Collection","Hebrew: יהודה בן שלמה הלוי made astrolabe 2003.7.12 in Toledo.","Greek: Θεόδωρος signed sundial 2015.1.1 in Thessaloniki."]:
    p.multi_cell(0,8,t,new_x='LMARGIN',new_y='NEXT')
p.output('s.pdf')
P
pdftotext s.pdf - 2>/dev/null | head -3
$V build s.pdf --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin)["documents"][0]; print("TITLE:",d["title"]); print(d["text"]); print([s["title"] for s in d["sections"]])'
