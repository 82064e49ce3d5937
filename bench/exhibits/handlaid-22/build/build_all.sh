#!/bin/sh
# Rebuilds the whole set. Debian: poppler-utils, r-base-core, fonts-liberation, nodejs/npm. PyPI and npm in build/.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q PySide6-Essentials==6.12.0 pdfrw==0.4 pypdf==7.1.1 fonttools pyphen
fi
if [ ! -d node/node_modules/docx-wasm ]; then
  (cd node && npm install --no-audit --no-fund docx-wasm@0.4.18-rc45)
fi
for s in ex1_venus.py ex2_airlift.py ex3_priam.py ex4_train.py ex5_apollo.py ex6_cup.py; do
  venv/bin/python "$s"
done
venv/bin/python validate.py | tee validation_report.txt
