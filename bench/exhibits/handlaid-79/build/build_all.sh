#!/bin/sh
# Rebuilds set 79 from build/. Needs Debian: jgraph, ghostscript, poppler-utils, fonts-urw-base35; Python 3.11.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q -r requirements.txt; }
venv/bin/python texts.py ..            # gold JSON
venv/bin/python mk_pdf.py              # jgraph pages -> EPS -> ps2pdf -> pdfunite
rm -f jgr/*.eps jgr/*.pdf
for f in ../*.pdf; do pdftotext -raw "$f" "${f%.pdf}.txt"; done
venv/bin/python mk_docx_src.py         # Markdown source for mddocx
cp img/grey.png docx/grey.png
(cd docx && ../venv/bin/mddocx owens.md -o ../../owens_bottle_machine_1903.docx \
   --footer "Lakeside Glass Heritage Centre · Made by Machine" --page-numbers)
venv/bin/python mk_html.py             # Engrave build API (its CLI needs Python >= 3.13)
venv/bin/python validate.py
