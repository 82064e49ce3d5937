#!/bin/sh
# Rebuilds set 74 from scratch: gold JSON, four PDFs (+ pdftotext -raw), the DOCX, the HTML page, validation.
# Needs Python 3.11 (venv), Node >= 20 with npm, poppler-utils and Debian's fonts-liberation.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
venv/bin/python content.py
venv/bin/python mk_pdf.py > /dev/null
for n in hamburg_fire_1842 barbon_fire_office_1680 tooley_street_fire_1861 van_der_heyden_fire_hose_1672; do
  pdftotext -raw "../$n.pdf" "../$n.txt"
done
node mk_docx.mjs > /dev/null
node mk_html.mjs
rm -rf site/site-www
venv/bin/python validate.py
