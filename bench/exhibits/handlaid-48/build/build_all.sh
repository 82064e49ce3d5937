#!/bin/sh
# Rebuilds set 48 from scratch. Needs Debian: racket (racket/draw + scribble), poppler-utils,
# fonts-liberation, python3-venv. PyPI (in build/venv): fonttools, pyphen, html2docx.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1 html2docx==1.6.0 python-docx==1.2.0
fi
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
