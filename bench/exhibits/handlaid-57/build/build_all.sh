#!/bin/sh
# Rebuilds the whole of set 57 into the folder above this one.
# Needs Debian graphviz, poppler-utils, fonts-liberation, nodejs/npm (Node 20) and python3.
set -e
cd "$(dirname "$0")"
OUT="$(cd .. && pwd)"
command -v neato >/dev/null || apt-get install -y graphviz
command -v pdfunite >/dev/null || apt-get install -y poppler-utils
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q fonttools==4.69.1 pyphen==0.18.1 pillow; }
[ -d docx/node_modules/docxyz ] || (cd docx && npm install --no-audit --no-fund)
[ -d site/node_modules/@docusaurus/core ] || (cd site && npm install --no-audit --no-fund)
venv/bin/python mk_pdf.py "$OUT" 2>/dev/null     # Graphviz warns "size too small for label" for every node
venv/bin/python mk_docx.py "$OUT"
nice venv/bin/python mk_html.py "$OUT"
venv/bin/python mk_gold.py "$OUT"
venv/bin/python validate.py "$OUT"
