#!/bin/sh
# Rebuilds set 76: gold JSON, four PDFs (+ pdftotext -raw), the DOCX, the HTML page, then validates.
set -e
cd "$(dirname "$0")"
[ -d venv ] || { python3 -m venv venv && ./venv/bin/pip install -q -r requirements.txt; }
[ -d node_modules ] || npm ci
./venv/bin/python mk_png.py
./venv/bin/python content.py
rm -f layout_log.txt
./venv/bin/python mk_pdf.py
for f in fresnel_lens_1823 pharos_alexandria_280bc rnli_founding_1824 us_life_saving_service_1871; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
node mk_docx.mjs
node mk_html.mjs
./venv/bin/python validate.py
