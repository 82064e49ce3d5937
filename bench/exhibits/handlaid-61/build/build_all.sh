#!/bin/sh
# Rebuilds set 61. Needs: Debian ipe (7.2.26, ipetoipe), texlive (pdflatex, psnfss Times/Helvetica/Courier),
# poppler-utils (pdftotext), LibreOffice (soffice), Python 3.11.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.69.1 pyphen==0.18.1 odfpy==1.4.1 pyssg==0.9.0 pillow
fi
venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py
nice -n 10 venv/bin/python mk_docx.py
nice -n 10 venv/bin/python mk_html.py
venv/bin/python validate.py
