#!/bin/sh
# Rebuilds set 68 from scratch: sh build/build_all.sh  (needs Node >= 18 with npm, Python 3.11, poppler-utils,
# the Debian Liberation fonts in /usr/share/fonts/truetype/liberation/)
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
mkdir -p docx ../img
venv/bin/python mk_png.py
venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py > /dev/null
for n in hammurabi_stele_1901 habeas_corpus_act_1679 somerset_case_1772 rights_of_man_1789; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
node mk_docx.js
node mk_html.js
venv/bin/python validate.py
