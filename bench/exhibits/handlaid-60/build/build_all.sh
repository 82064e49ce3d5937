#!/bin/sh
# Rebuild set 60: sh build/build_all.sh   (needs Python 3.11, poppler-utils, fonts-liberation,
# git, and pdflatex (TeX Live) for docxwright's figure rendering)
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q larzpdf==0.1.0 fonttools==4.69.1 pyphen==0.18.1 pillow==13.0.0 \
      docxwright==2.1.1 render_engine==2026.9.1 render-engine-markdown==2023.12.1 markdown2==2.5.6
fi
nice -n 10 venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py
nice -n 10 venv/bin/python mk_docx.py
nice -n 10 venv/bin/python mk_html.py > /dev/null
venv/bin/python validate.py | tee validation_report.txt
