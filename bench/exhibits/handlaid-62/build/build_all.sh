#!/bin/sh
# Rebuilds set 62: needs Node >= 18 with npm, Python 3, poppler-utils (pdftotext).
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
python3 content.py
node mk_pdf.js
for n in bering_expedition_1741 slocum_spray_1895 appert_canning_1810 flinders_investigator_1802; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
node mk_docx.js
node mk_html.js
python3 validate.py
