#!/bin/sh
# Rebuilds hand-laid set 23 from build/. Debian: poppler-utils, libtext-pdf-perl, fonts-liberation, nodejs.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install pypdfium2==5.15.2 pyhanko==0.38.0 fonttools==4.68.0 pyphen==0.18.1 docx==0.2.4 lxml
fi
if [ ! -d node/node_modules/@pdf-lib/fontkit ]; then
  mkdir -p node && (cd node && npm init -y >/dev/null && npm install @pdf-lib/fontkit@1.1.1)
fi
venv/bin/python ex1_medusa.py
venv/bin/python ex2_mincemeat.py
venv/bin/python ex3_hunley.py
venv/bin/python ex4_pigwar.py
venv/bin/python ex5_scopes.py
venv/bin/python ex6_blizzard.py
venv/bin/python validate.py
