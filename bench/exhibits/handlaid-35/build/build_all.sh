#!/bin/sh
# Rebuilds the whole r32 exhibit set. Needs Debian: poppler-utils fonts-liberation texlive-luatex
# texlive-formats-extra lmodern calibre. Python venv (pdf_oxide, fonttools, pyphen) is made if missing.
set -e
B=$(cd "$(dirname "$0")" && pwd); D=$(dirname "$B")
[ -x "$B/venv/bin/python" ] || { python3 -m venv "$B/venv"; "$B/venv/bin/pip" install -q pdf_oxide==0.3.78 fonttools==4.68.0 pyphen==0.18.1; }
PY="$B/venv/bin/python"
cd "$B"
$PY mk_portland.py "$D/portland_vase_1845"
$PY mk_smith.py "$D/william_smith_map_1815" 792
$PY mk_atmos.py "$D/atmospheric_railway_1847" 580
$PY mk_scilly.py "$D/scilly_naval_disaster_1707"
for n in portland_vase_1845 william_smith_map_1815 atmospheric_railway_1847 scilly_naval_disaster_1707; do
  pdftotext -raw "$D/$n.pdf" "$D/$n.txt"
done
$PY mk_docx.py "$D/comet_steamboat_1812"
$PY mk_html.py "$D/cheddar_man_1903"
$PY validate.py
