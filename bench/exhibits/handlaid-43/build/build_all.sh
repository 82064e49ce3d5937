#!/bin/sh
# Rebuild the whole set. Needs Debian firefox-esr, emacs-nox, poppler-utils, fonts-liberation, python3-venv.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q docxcompose==2.2.0; }
python3 mk_pdf.py
venv/bin/python mk_docx.py
python3 mk_html.py
for n in herculaneum_papyri_1752 clifton_bridge_1864 frankenstein_1818 plimsoll_line_1876; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
python3 gold.py
python3 validate.py
