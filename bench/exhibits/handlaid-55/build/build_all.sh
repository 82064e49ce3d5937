#!/bin/sh
# Rebuild set 55: gold JSON, four gnuplot PDFs (+ pdftotext -raw), the remark-docx DOCX, the VuePress page; validate.
set -e
cd "$(dirname "$0")"
command -v gnuplot >/dev/null || apt-get install -y gnuplot-nox
command -v pdftotext >/dev/null || apt-get install -y poppler-utils
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install pyphen fonttools; }
[ -d docx/node_modules ] || (cd docx && npm ci)
venv/bin/python content.py
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py      # runs npm ci in site/ when node_modules is missing
venv/bin/python validate.py
