#!/bin/sh
# Rebuild set 64: needs Node >= 18 with npm, Python 3.11 with venv, poppler-utils, Liberation fonts.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q rustpdf==0.5.0 pyphen==0.18.1 fonttools==4.69.1 pillow
fi
venv/bin/python -c "
from PIL import Image
Image.new('RGB',(480,300),(190,190,190)).save('img/grey_480x300.png')
Image.new('RGB',(900,560),(190,190,190)).save('img/grey_900x560.png')"
python3 content.py
venv/bin/python mk_pdf.py
for f in baskerville_virgil_1757 meissen_porcelain_1710 stradivari_messiah_1716 mendelssohn_matthew_passion_1829; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
node mk_docx.js
node mk_html.js
python3 validate.py
