#!/bin/sh
# Rebuilds set 78: gold JSON, four PDFs (+ pdftotext -raw), the DOCX and the HTML page, then validates.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
[ -d node_modules ] || npm ci --no-audit --no-fund
venv/bin/python content.py
venv/bin/python mk_pdf.py
for f in halley_diving_bell_1691 royal_george_salvage_1839 scapa_flow_salvage_1924 siebe_closed_helmet_1837; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
node mk_docx.mjs
node mk_html.mjs
venv/bin/python validate.py
