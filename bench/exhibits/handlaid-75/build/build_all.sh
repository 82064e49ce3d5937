#!/bin/sh
# Rebuilds set 75: needs Debian gmt (6.4.0), ghostscript (10.00.0), fonts-urw-base35, poppler-utils; Python 3.11 venv.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
if ! command -v gmt >/dev/null || ! command -v gs >/dev/null || ! command -v pdftotext >/dev/null; then
  apt-get install -y --no-install-recommends gmt ghostscript fonts-urw-base35 poppler-utils
fi
[ -d venv ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
PY=venv/bin/python
rm -f layout_log.txt
$PY content.py
$PY mk_pdf.py
for f in ../*.pdf; do pdftotext -raw "$f" "${f%.pdf}.txt"; done
$PY mk_docx.py
$PY mk_html.py
$PY validate.py
rm -f gmt.history
