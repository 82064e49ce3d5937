#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
python3 - <<'PY' || { echo "needs python-docx + Pillow (pip install python-docx pillow)"; exit 1; }
import docx, io
from docx.shared import Cm
from PIL import Image
Image.new("RGB",(60,40),(200,180,120)).save("h4.png")
d=docx.Document(); d.add_heading("Essay",0)
d.add_paragraph("By 1825 the Royal Navy issued chronometers to its ships.")
d.add_paragraph("Figure 1. H4 in its silver case. Photograph by Tomas Lindqvist.")
d.add_picture("h4.png", width=Cm(3)); d.save("e.docx")
PY
"$V" build e.docx --db t.db >/dev/null 2>&1
"$V" export --db t.db --format json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); x=(d["documents"] if isinstance(d,dict) else d)[0]; print([b["text"] for b in x["blocks"]]); print(x["figures"])'
echo "Expected: caption + credit attached to the figure; observed: caption glued to the previous paragraph, figure caption null"
