#!/bin/sh
# Rebuild set 50 from scratch. Needs Debian: chromium, nodejs, npm, git, poppler-utils, fonts-liberation, python3-venv.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q pyphen==0.18.1; }
[ -d node/node_modules ] || (cd node && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
venv/bin/python content.py      # gold JSON
venv/bin/python mk_pdf.py       # 4 PDFs (Paged.js + Chromium, two passes for soft hyphens) + pdftotext -raw
venv/bin/python mk_docx.py      # DOCX (@mohtasham/md-to-docx CLI)
venv/bin/python mk_html.py      # HTML (Antora)
venv/bin/python validate.py     # writes validation_report.txt
