#!/bin/sh
# Rebuilds set 65 from scratch. Needs Debian fig2dev, ghostscript, fonts-urw-base35, poppler-utils; Python 3.11.
set -e
cd "$(dirname "$0")"
V=venv
if [ ! -x $V/bin/python ]; then
  python3 -m venv $V
  $V/bin/pip install -q --no-deps docmarq==0.4.1          # its svglib/rlPyCairo extras need a cairo build; the core does not use them
  $V/bin/pip install -q reportlab==5.1.0 python-docx==1.2.0 pillow==13.0.0 flamingo==1.12 fonttools==4.69.1 pyphen==0.18.1
fi
$V/bin/python -c "
from PIL import Image, ImageDraw
im=Image.new('RGB',(480,300),(158,158,158)); d=ImageDraw.Draw(im); d.rectangle([12,12,467,287],outline=(216,216,216),width=3); im.save('grey.png')"
$V/bin/python content.py
nice -n 10 $V/bin/python mk_pdf.py
for f in tycho_nova_1572 napier_logarithms_1614 mason_dixon_line_1767 meridian_conference_1884; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
$V/bin/python mk_docx.py
$V/bin/python mk_html.py
$V/bin/python validate.py
