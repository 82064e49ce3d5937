#!/bin/sh
# Rebuilds the whole set. Needs Debian: fpc-3.2.2 fp-units-fcl-3.2.2 nanoc poppler-utils fonts-liberation nodejs npm python3-venv
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1; }
[ -d node/node_modules/carbone ] || (cd node && npm ci --silent)
(cd painter && fpc -O2 -vewn paint.pas >/dev/null)
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
