#!/bin/sh
# Rebuild set 59: gold JSON, four PDFs (+ pdftotext -raw), the DOCX, the HTML page, validation.
# Needs: Python 3.11, poppler-utils, librsvg2-bin (rsvg-convert), fonts-liberation2, fonts-lato, Node >= 18 + npm.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.69.1 pyphen==0.18.1 pillow==13.0.0 pyyaml \
      render-engine==2026.9.1 render-engine-markdown==2023.12.1
fi
if [ ! -d docx/node_modules ]; then (cd docx && npm ci --no-audit --no-fund); fi
# prosemirror-docx 0.6.1 cannot be loaded by Node as published (see README): use its CJS build as CommonJS
rm -rf docx/pmdocx_cjs
cp -r docx/node_modules/prosemirror-docx/dist/cjs docx/pmdocx_cjs
echo '{"type":"commonjs"}' > docx/pmdocx_cjs/package.json
venv/bin/python content.py
nice -n 10 venv/bin/python mk_pdf.py
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
