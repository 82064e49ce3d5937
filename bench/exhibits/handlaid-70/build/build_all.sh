#!/bin/sh
# Rebuilds the whole set 70. Needs Python 3.11, Node >= 18 with npm, poppler-utils, fonts-liberation.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -r requirements.txt; }
venv/bin/python -c "
from PIL import Image, ImageDraw
im=Image.new('RGB',(480,300),(184,184,184)); d=ImageDraw.Draw(im); d.rectangle([14,14,465,285],outline=(220,220,220),width=4); im.save('grey.png')
import os; os.makedirs('../img',exist_ok=True); im.save('../img/dujiangyan_baskets.png')"
venv/bin/python content.py
venv/bin/python mk_pdf.py
for f in mccormick_reaper_1831 haber_bosch_1909 potato_blight_1845 borlaug_wheat_1944; do pdftotext -raw ../$f.pdf ../$f.txt; done
node mk_docx.js
node mk_html.js
venv/bin/python validate.py
