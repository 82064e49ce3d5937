#!/bin/sh
# Rebuilds set 45. Needs Debian poppler-utils, fonts-liberation, ikiwiki; PyPI packages go into build/venv.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv; venv/bin/pip install vl-convert-python==1.9.0.post1 htmldocx==0.0.6 fonttools pyphen==0.18.1; }
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py | tee validation_report.txt
