#!/bin/sh
# Rebuild set 49. Debian: poppler-utils, fonts-liberation, python3-venv. PyPI: see below.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q rst2pdf==0.105 reportlab==4.5.1 pyphen==0.18.1 html-for-docx==1.2.1 python-docx==1.2.0 markdown-it-py==4.3.0 mdit-py-plugins==0.7.0 pillow; }
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python -c "import content; content.write_gold('..')"
venv/bin/python validate.py
