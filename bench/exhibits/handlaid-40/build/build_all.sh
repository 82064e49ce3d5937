#!/bin/sh
# Rebuild the whole set: bash build/build_all.sh (from the exhibits folder or anywhere).
# Needs Debian: nodejs, npm, python3-venv, poppler-utils, fonts-liberation.
set -e
B=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$B")
cd "$B"
if [ ! -d node/node_modules/@syncfusion/ej2-pdf ]; then
  (cd node && npm install --no-audit --no-fund @syncfusion/ej2-pdf@34.1.33 hyphen@1.14.1 metalsmith@2.7.0 \
     @metalsmith/markdown@1.10.0 @metalsmith/layouts@3.0.0 jstransformer-handlebars@1.2.0)
fi
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv && venv/bin/pip install -q pdf2docx==0.5.13
fi
nice -n 10 node mk_needle.js "$O"
nice -n 10 node mk_caxton.js "$O"
nice -n 10 node mk_leviathan.js "$O"
nice -n 10 node mk_wimbledon.js "$O"
nice -n 10 node mk_lindisfarne_src.js "$B/lindisfarne_source.pdf"
nice -n 10 venv/bin/python mk_lindisfarne_docx.py "$B/lindisfarne_source.pdf" "$O/lindisfarne_gospels_715.docx"
nice -n 10 node gold_lindisfarne.js "$O"
nice -n 10 node mk_sloane.js "$O"
for n in cleopatras_needle_1878 caxton_press_1476 birr_leviathan_1845 wimbledon_championship_1877; do
  pdftotext -raw "$O/$n.pdf" "$O/$n.txt"
done
python3 validate.py | tee validation_report.txt
