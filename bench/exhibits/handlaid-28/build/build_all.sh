#!/bin/sh
# Rebuilds the whole r24 exhibit set. Needs Debian: poppler-utils, fonts-liberation, nodejs (20), python3 (3.11).
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q majorsilence-pdf==26.0.1 pdf-maker==0.62.4 fonttools==4.68.0 pyphen==0.18.1
fi
if [ ! -d node/node_modules/docxml ]; then
  mkdir -p node && (cd node && npm init -y >/dev/null && npm install --no-audit --no-fund docxml@5.15.1)
fi
[ -e node_modules ] || ln -s node/node_modules node_modules
venv/bin/python build_pdfs.py          # 4 PDFs (+ .txt via pdftotext -raw, + gold .json)
venv/bin/python mk_docx_data.py        # DOCX input data + gold
node mk_docx.mjs                       # the DOCX (docxml)
venv/bin/python mk_html.py             # the HTML page, img/*.png, gold
venv/bin/python validate.py            # writes validation_report.txt; exit 1 on any error
