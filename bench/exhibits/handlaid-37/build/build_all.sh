#!/bin/sh
# Rebuilds the whole round-34 set. Needs Debian poppler-utils, fonts-liberation, nodejs/npm, python3 (3.10+).
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q lpdfio-lpdf==0.29.0 wasmtime==51.0.0 fonttools==4.68.0 pyphen==0.18.1 mkdocs==1.6.1
fi
if [ ! -d node/node_modules/html-docx-js ]; then
  (cd node && npm install --no-audit --no-fund html-docx-js@0.3.1)
fi
# bin/wasmtime is a small stand-in for the wasmtime CLI that the lpdf SDK calls (it runs the SDK's
# bundled WASI engine through the wasmtime Python package); its first line must name this venv.
sed -i "1s|.*|#!$(pwd)/venv/bin/python|" bin/wasmtime
venv/bin/python mk_shetland.py
venv/bin/python mk_peking.py
venv/bin/python mk_herschel.py
venv/bin/python mk_jodrell.py
venv/bin/python mk_hoxne.py
venv/bin/python mk_nevis.py
venv/bin/python validate.py
