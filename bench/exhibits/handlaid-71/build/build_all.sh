#!/bin/sh
# Rebuild set 71. Needs Debian: plotutils (plot), ghostscript (ps2pdf), poppler-utils (pdftotext),
# fonts-liberation (metrics only); Python 3.11 with venv. Run: sh build/build_all.sh
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
[ -x venv-docx/bin/python ] || { python3 -m venv venv-docx && venv-docx/bin/pip install -q -r requirements-docx.txt; }
venv/bin/python -c "from PIL import Image; Image.new('RGB', (640, 400), (200, 200, 200)).save('grey.png')"
python3 content.py                 # gold JSON
nice venv/bin/python mk_pdf.py     # GNU metafiles (build/out/*.meta) + layout_log.txt
nice python3 to_pdf.py             # plot -T ps -> ps2pdf -> pdftotext -raw
nice venv-docx/bin/python mk_docx.py
nice venv/bin/python mk_html.py
venv/bin/python validate.py
