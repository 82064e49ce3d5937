#!/bin/sh
# Rebuilds set 58.  Needs python3 (3.11), poppler-utils, fonts-liberation, fonts-lato, node >= 18 with npm.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q llpdf==0.0.5 fonttools==4.69.1 pyphen==0.18.1 pillow urubu==1.4.1 "markdown==3.7"
fi
[ -d docx/node_modules ] || (cd docx && npm ci)
venv/bin/python content.py
nice venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
