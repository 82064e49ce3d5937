#!/bin/sh
# Rebuilds the r27 hand-laid exhibit set. Needs Debian poppler-utils and fonts-liberation.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q PaPDF==1.1.8 fonttools==4.68.0 pyphen==0.18.1 docxbuilder==1.2.0 "sphinx==5.3.0"
fi
nice -n 10 venv/bin/python mk_pdfs.py
for n in vindolanda_tablets_1973 matthew_webb_channel_1875 neptune_discovery_1846 windscale_fire_1957; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
nice -n 10 venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
