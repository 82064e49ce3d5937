#!/bin/sh
# Rebuild set 63.  Needs Debian: asymptote (2.85, with texlive-latex-base/-recommended, texlive-fonts-recommended,
# ghostscript), poppler-utils; Python 3.11 with a venv holding fonttools, pyphen, md-to-word-docx, blag.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.69.1 pyphen==0.18.1 md-to-word-docx==3.0.0 blag==2.3.3
fi
venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py einthoven ross helmholtz allbutt
for n in einthoven_electrocardiograph_1903 ross_malaria_1897 helmholtz_ophthalmoscope_1851 allbutt_thermometer_1867; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
