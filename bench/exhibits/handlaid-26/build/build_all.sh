#!/bin/sh
# Rebuilds the whole r22 set. Debian: poppler-utils, fonts-liberation, nodejs (20). Python 3.11 and 3.12 (pyenv here).
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3.11 -m venv venv && venv/bin/pip install -q docugenr8-pdf==0.0.6 fonttools==4.68.0 pyphen==0.18.1; }
[ -x venv312/bin/python ] || { python3.12 -m venv venv312 && venv312/bin/pip install -q docx4j==0.2.0; }
[ -d node/node_modules/@peculiar/pdf-doc ] || { mkdir -p node && cd node && npm init -y >/dev/null && npm install @peculiar/pdf-doc@1.17.2 && cd ..; }
for n in great_eastern_1858:great_eastern cheapside_hoard_1912:cheapside; do
  name=${n%%:*}; lay=${n##*:}
  venv/bin/python lay_$lay.py
  venv/bin/python paint_docugenr8.py $name.ops.json ../$name.pdf
done
for n in micrographia_1665:micrographia laki_eruption_1783:laki; do
  name=${n%%:*}; lay=${n##*:}
  venv/bin/python lay_$lay.py
  node paint_peculiar.mjs $name.ops.json ../$name.pdf
done
for n in great_eastern_1858 micrographia_1665 cheapside_hoard_1912 laki_eruption_1783; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
venv312/bin/python mk_docx.py ../dale_dyke_flood_1864.docx
venv/bin/python mk_html.py
venv/bin/python mk_gold.py
venv/bin/python validate.py
