#!/bin/sh
# Rebuild the round-36 hand-laid exhibit set.  Needs Debian packages: poppler-utils, tesseract-ocr,
# tesseract-ocr-eng, fonts-liberation, fonts-dejavu-core, python3-venv, nodejs, npm.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q spire-pdf-free==10.12.0 pyphen==0.18.1 pillow==13.0.0
fi
if [ ! -x node/node_modules/.bin/hexo ]; then
  (cd node && npm install --silent hexo@8.1.2 hexo-cli@4.3.2 hexo-renderer-ejs@2.0.0 hexo-renderer-marked@7.0.1)
fi
PY="nice -n 10 venv/bin/python"
$PY mk_bradshaw.py
$PY mk_sirius.py > /dev/null
$PY mk_edinburgh.py
$PY mk_ariel.py > /dev/null
$PY mk_bridge.py
$PY mk_dodo.py
for n in bradshaw_guide_1839 sirius_atlantic_1838 edinburgh_fire_1824 ariel_bicycle_1870; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
$PY validate.py
