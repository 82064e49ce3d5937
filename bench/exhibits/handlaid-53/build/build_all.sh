#!/bin/sh
# Rebuild set 53. Needs Debian: dblatex (texlive), xsltproc, poppler-utils, nodejs >= 20, npm; python3.
set -e
cd "$(dirname "$0")"
python3 content.py
python3 mk_pdf.py
python3 mk_docx.py
python3 mk_html.py
python3 validate.py
