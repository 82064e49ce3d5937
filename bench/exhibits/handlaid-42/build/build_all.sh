#!/bin/sh
# Rebuilds the whole set: sh build/build_all.sh (needs python3 with venv, poppler-utils, fonts-liberation)
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install plutoprint==0.23.0 docxtpl==0.20.2 frozen-flask==1.0.2 pyphen==0.18.1 fonttools pillow; }
mkdir -p ../img
venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
for n in roentgen_xrays_1895 davy_lamp_1815 venus_de_milo_1820 trieste_dive_1960; do pdftotext -raw ../$n.pdf ../$n.txt; done
venv/bin/python gold.py
venv/bin/python validate.py
rm -rf site/build pluto_src/__pycache__ __pycache__
