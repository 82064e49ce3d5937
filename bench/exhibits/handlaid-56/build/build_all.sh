#!/bin/sh
# Rebuild all six exhibits of set 56 and validate them.
# Needs: python3 (3.11), poppler-utils (pdftotext), Node >= 20 with npm, fonts-liberation.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q pdfbuilder==0.1.0 fonttools==4.69.1 pyphen==0.18.1 pillow
fi
[ -d docx/node_modules ] || (cd docx && npm ci --no-audit --no-fund)
[ -d site/node_modules ] || (cd site && npm ci --no-audit --no-fund)
venv/bin/python content.py          # texts -> gold JSON
venv/bin/python mk_pdf.py           # four PDFs (lay.py + pdfbuilder) and their pdftotext -raw .txt
venv/bin/python mk_docx.py          # Markdown -> markdown-docx -> iron_lung_1928.docx
venv/bin/python mk_html.py          # MDX -> Astro/Starlight -> cavendish_experiment_1798.html (+ css/, img/)
venv/bin/python validate.py | tee validation_report.txt
