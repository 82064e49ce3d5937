#!/bin/sh
# Rebuilds set 72 from build/. Needs: Node >= 18 with npm (tested 20.20.2), Python 3.11 with venv,
# poppler-utils (pdftotext). Installs caprice/fonttools/pyphen into build/venv and the npm
# packages pinned by package-lock.json (BlockNote DOCX exporter, HonKit) into build/node_modules.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -d venv ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
venv/bin/python -c "from engine import grey_png; grey_png('grey.png', 600, 380)"
venv/bin/python content.py
venv/bin/python mk_pdf.py
for n in potosi_silver_1545 falun_copper_1687 kimberley_big_hole_1871 hall_heroult_aluminium_1886; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
node --import ./esm_fix.mjs mk_docx.mjs
node mk_html.mjs
venv/bin/python validate.py
