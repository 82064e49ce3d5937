#!/bin/sh
# Rebuild the whole round-41 exhibit set: four Vivliostyle PDFs (+ pdftotext -raw), one DOCX joined by
# docx-merger, one Wintersmith HTML page, the gold JSON files and the validation report.
# Needs Debian: python3 (with venv), nodejs 20 + npm, chromium, poppler-utils, fonts-liberation.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q pyphen==0.18.1
fi
if [ ! -x node/node_modules/.bin/vivliostyle ]; then
  (cd node && npm ci --no-audit --no-fund)
fi
venv/bin/python mk_pdf.py        # viv_src/*.html -> ../*.pdf, ../*.txt
python3 mk_docx.py               # docx_parts/part*.docx -> merge_docx.js -> ../great_wave_1831.docx
python3 mk_html.py               # wsite/ -> wintersmith build -> ../tube_map_1933.html, ../img, ../css
python3 gold.py                  # ../*.json
python3 validate.py              # validation_report.txt
