#!/bin/sh
# Rebuild set 66 from scratch: sh build/build_all.sh
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || nice -n 10 npm ci --no-audit --no-fund
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q matplotlib==3.11.2 fonttools==4.69.1 pyphen==0.18.1 pillow; }
venv/bin/python -c "
from PIL import Image, ImageDraw
for n,(w,h) in {'boe_note':(900,560),'jiaozi_block':(900,600)}.items():
    im=Image.new('RGB',(w,h),(179,179,179)); ImageDraw.Draw(im).rectangle([14,14,w-15,h-15],outline=(217,217,217),width=3); im.save('img/'+n+'.png')
"
venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py
for f in medici_bank_1397 stockholms_banco_1661 lloyds_coffee_house_1688 ritty_cash_register_1879; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
nice -n 10 node mk_docx.mjs
nice -n 10 node mk_html.js
venv/bin/python validate.py
