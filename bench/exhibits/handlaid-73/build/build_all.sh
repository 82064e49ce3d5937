#!/bin/sh
# Rebuild set 73.  Needs Debian python3-plplot + plplot-driver-cairo (5.15.0), fonts-liberation,
# poppler-utils, and Python 3.11 with venv.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -r requirements.txt; }
venv/bin/python content.py
venv/bin/python mk_pdf.py
for f in waldseemuller_map_1507 ordnance_survey_1791 catalan_atlas_1375 piri_reis_map_1513; do
  pdftotext -raw ../$f.pdf ../$f.txt
done
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
