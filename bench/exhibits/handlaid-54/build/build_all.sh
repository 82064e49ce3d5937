#!/bin/sh
# Rebuilds exhibits set 54: gold JSON, four Qt PDFs (+ pdftotext -raw), the DOCX, the SvelteKit HTML page; validates.
set -e
cd "$(dirname "$0")"
VENV=${VENV:-/tmp/ex54venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install PySide6-Essentials==6.12.0 pyphen==0.18.1 pillow==13.0.0
fi
[ -f grey.png ] || "$VENV/bin/python" -c "from PIL import Image; Image.new('RGB',(600,380),(189,189,189)).save('grey.png')"
python3 content.py
nice -n 10 "$VENV/bin/python" mk_pdf.py
[ -d docx/node_modules ] || (cd docx && npm ci --no-audit --no-fund)
python3 mk_docx.py
python3 mk_html.py
python3 validate.py | tee validation_report.txt
