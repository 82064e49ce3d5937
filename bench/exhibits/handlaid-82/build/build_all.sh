#!/bin/sh
# Rebuilds set 82: gold JSON, 4 PDFs (CapyPDF) + pdftotext -raw, DOCX (jsreport-docx), HTML (Cuttlebelle).
set -e
B=$(cd "$(dirname "$0")" && pwd)
R=$(dirname "$B")
V=${VENV:-/tmp/x82/venv}
command -v pdftotext >/dev/null || apt-get install -y -q poppler-utils
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || apt-get install -y -q fonts-liberation
[ -f "$B/capy/libcapypdf.so" ] || VENV="$V" sh "$B/build_capypdf.sh"
[ -d "$B/node/node_modules" ] || (cd "$B/node" && npm ci --no-audit --no-fund)
cd "$B"
python3 content.py
nice -n 10 "$V/bin/python" mk_pdf.py
for n in hemony_carillon_1644 tsar_bell_1735 stedman_tintinnalogia_1668 liberty_bell_1752; do
  pdftotext -raw "$R/$n.pdf" "$R/$n.txt" 2>/dev/null
done
python3 mk_docx_template.py
nice -n 10 node mk_docx.mjs
nice -n 10 python3 mk_html.py
python3 validate.py
