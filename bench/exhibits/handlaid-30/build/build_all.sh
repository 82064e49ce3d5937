#!/bin/sh
# Rebuilds the whole r26 exhibit set. Needs Debian poppler-utils and fonts-liberation.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q oxidize-pdf==0.23.0 pylopdf==0.15.0 rdocx==0.16.3 fonttools==4.68.0 pyphen==0.18.1
fi
PY=venv/bin/python
nice -n 10 $PY mk_stkilda.py
nice -n 10 $PY mk_scarp.py
nice -n 10 $PY mk_tower.py
nice -n 10 $PY mk_pluto.py
for n in st_kilda_evacuation_1930 scarp_rocket_mail_1934 tower_subway_1870 pluto_discovery_1930; do
  pdftotext -raw ../$n.pdf ../$n.txt 2>/dev/null
done
$PY mk_docx.py
$PY mk_html.py
$PY validate.py | tee validation_report.txt
