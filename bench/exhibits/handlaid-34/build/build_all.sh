#!/bin/sh
# Rebuilds the whole r31 hand-laid set. Needs Debian poppler-utils, fonts-liberation, gcc, r-cran-officer, r-cran-jsonlite.
set -e
cd "$(dirname "$0")/.."
if [ ! -x build/venv/bin/python ]; then
  python3 -m venv build/venv
  build/venv/bin/pip install -q minpdf-core==0.1.0 fonttools==4.68.0 pyphen==0.18.1
fi
PY=build/venv/bin/python
for n in birkenhead_wreck_1852:mk_birkenhead alcock_brown_flight_1919:mk_alcock sack_of_baltimore_1631:mk_baltimore thomas_cook_excursion_1841:mk_cook; do
  name=${n%%:*}; script=${n##*:}
  nice -n 10 $PY build/$script.py "$name"
  pdftotext -raw "$name.pdf" "$name.txt"
done
$PY build/png.py build/gb_fig.png 440 208
$PY build/dump_docx_json.py ss_great_britain_1843
nice -n 10 Rscript build/mk_docx.R ss_great_britain_1843.docx build/gb_fig.png
mkdir -p img
$PY build/mk_html.py london_necropolis_railway_1854
$PY build/validate.py
