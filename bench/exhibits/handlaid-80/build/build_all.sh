#!/bin/sh
# Rebuild the whole set 80 from build/. Needs Node >= 20, poppler-utils (pdftotext), python3,
# and Debian's fonts-liberation (the TTFs are measured and embedded from /usr/share/fonts/truetype/liberation).
set -e
cd "$(dirname "$0")"
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || { apt-get update && apt-get install -y fonts-liberation; }
command -v pdftotext >/dev/null || { apt-get update && apt-get install -y poppler-utils; }
[ -d node_modules ] || npm ci --no-audit --no-fund
node content.mjs
node mk_pdf.mjs
for f in ../*.pdf; do pdftotext -raw "$f" "${f%.pdf}.txt"; done
node mk_docx.mjs
node mk_html.mjs
python3 validate.py
