#!/bin/sh
# Rebuild set 47. Needs Debian poppler-utils, fonts-liberation, txt2tags, python3-venv.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q officework==0.9.0; }
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
