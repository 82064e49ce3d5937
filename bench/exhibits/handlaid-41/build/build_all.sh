#!/bin/sh
# Rebuilds the whole set. Needs Debian python3 (3.11) with venv, poppler-utils and fonts-liberation.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/prince ]; then
  python3 -m venv venv
  venv/bin/pip install -q prince-pdf==17.0.0.post2 docx-mailmerge2==1.0.3 staticjinja==5.0.0
fi
venv/bin/python mk_prince.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
for n in phonograph_1877 kodak_camera_1888 typewriter_1868 burke_wills_1861; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
venv/bin/python gold.py
venv/bin/python validate.py
