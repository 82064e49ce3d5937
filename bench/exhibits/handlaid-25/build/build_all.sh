#!/bin/sh
# Rebuilds the whole r21 exhibit set from build/: PDFs (+ .txt), DOCX, HTML, gold, validation.
# Debian: ruby-origami (pulls in ruby), poppler-utils, fonts-liberation, nodejs/npm, python3-venv.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1 emboss-pdf==1.3.1
fi
if [ ! -d node/node_modules/tinypdf ]; then
  mkdir -p node && (cd node && npm init -y >/dev/null && npm install -q tinypdf@0.3.1 docxtemplater@3.71.1 pizzip@3.3.0)
fi
./build_pdfs.sh
venv/bin/python mk_template.py
node mk_docx.mjs
venv/bin/python mk_html.py
venv/bin/python validate.py
