#!/bin/sh
# Rebuilds the whole r23 exhibit set. Needs Debian: poppler-utils, fonts-liberation, nodejs/npm;
# Python 3.12 (pyenv 3.12.1 here). Creates build/venv and build/node when missing.
set -e
cd "$(dirname "$0")"
PY312=${PY312:-/root/.pyenv/versions/3.12.1/bin/python}
if [ ! -x venv/bin/python ]; then
  nice "$PY312" -m venv venv
  nice venv/bin/pip install -q pdfje==0.6.1 fonttools==4.68.0 pyphen==0.18.1
fi
if [ ! -d node/node_modules/easy-template-x ]; then
  nice npm install --silent --prefix node easy-template-x@7.2.8
fi
ln -sfn node/node_modules node_modules
nice venv/bin/python lay_pdfs.py 2>&1 | grep -v "FFTM NOT subset" || true
nice venv/bin/python mk_template.py
nice node mk_docx.mjs
nice venv/bin/python mk_html.py
venv/bin/python validate.py > /dev/null
tail -1 validation_report.txt
