#!/bin/sh
# Rebuild hand-laid set 18: the six documents, their gold files and the PDF .txt files, then validate.
set -e
cd "$(dirname "$0")"
# Debian: poppler-utils (pdftotext), php-cli + php-dompdf, libpdf-api2-perl; node 20 + npm; pyenv Python 3.12.1
if [ ! -x venv/bin/python ]; then
  /root/.pyenv/versions/3.12.1/bin/python -m venv venv
  venv/bin/pip install pdfme==0.5.0 fonttools==4.60.1 pillow==11.3.0 pyphen==0.17.2
fi
[ -d node/node_modules ] || (cd node && npm install --no-audit --no-fund)
venv/bin/python ex1_emu_war.py
venv/bin/python ex2_south_sea_bubble.py
venv/bin/python ex3_beer_flood.py
venv/bin/python ex4_halley_comet.py
venv/bin/python ex5_gunpowder_plot.py
venv/bin/python ex6_mayflower.py
python3 validate.py
