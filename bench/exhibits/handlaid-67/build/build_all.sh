#!/bin/sh
# Rebuilds set 67. Needs Debian texlive-metapost (mpost + plain.mp), texlive-binaries (pdftex),
# texlive-fonts-recommended (ptm/phv TFM, AFM, Type 1), poppler-utils, python3 with venv.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q -r requirements.txt
fi
PY=venv/bin/python
$PY mk_png.py
$PY content.py
$PY mk_pdf.py > /dev/null
for f in perkin_mauve_1856 cochineal_trade_1523 cromford_mill_1771 singer_sewing_machine_1851; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
$PY mk_docx.py
$PY mk_html.py
rm -rf mp/*.log mp/*.mps mp/*.aux site/public
$PY validate.py
