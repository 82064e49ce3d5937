#!/bin/sh
# Rebuilds set 69 from scratch. Needs Python 3.11, TeX Live (latex, dvips, pstricks, psnfss, microtype),
# Ghostscript (ps2pdf) and poppler-utils (pdftotext).
set -e
cd "$(dirname "$0")"
[ -d venv ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
rm -f layout_log.txt
nice venv/bin/python mk_png.py
nice venv/bin/python content.py
nice venv/bin/python mk_pdf.py
for n in sax_saxophone_1846 cristofori_piano_1700 fisk_jubilee_singers_1871 berliner_gramophone_1887; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
nice venv/bin/python mk_docx.py
nice venv/bin/python mk_html.py
venv/bin/python validate.py
