#!/bin/sh
# Rebuild set 52 from scratch. Needs Debian: libreoffice-writer, unoconv, python3-uno, hyphen-en-gb,
# fonts-liberation, poppler-utils, nodejs (>= 20.9), npm. Python 3 (any) runs the generators;
# unoconv itself is run with /usr/bin/python3 (the one that has the uno module).
set -e
cd "$(dirname "$0")"
python3 content.py                 # texts -> gold JSON
nice -n 10 python3 mk_pdf.py       # four Flat ODTs -> unoconv -> PDF, then pdftotext -raw
nice -n 10 python3 mk_docx.py      # Flat ODT with tracked changes -> unoconv -> DOCX
nice -n 10 python3 mk_html.py      # Next.js static export (npm ci if node_modules is missing)
python3 validate.py
