#!/bin/sh
# Rebuilds set 77. Needs Debian packages dpic, poppler-utils (pdftotext, pdfunite) and the Adobe Courier AFM
# (texlive-fonts-recommended: .../afm/adobe/courier/pcrr8a.afm); Python 3.11 with venv.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q -r requirements.txt
  venv/bin/pip install -q --no-deps pagegen==4.1.0   # its pins (lxml 4.6.3, pillow 8.2.0) do not build on 3.11
fi
venv/bin/python mk_png.py
venv/bin/python content.py
venv/bin/python mk_pdf.py
for f in ../*.pdf; do pdftotext -raw "$f" "${f%.pdf}.txt"; done
venv/bin/python mk_docx.py 2>/dev/null
venv/bin/python mk_html.py
venv/bin/python validate.py
