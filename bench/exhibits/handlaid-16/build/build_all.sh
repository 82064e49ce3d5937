#!/bin/sh
# Rebuild all six exhibits of hand-laid set 16 and validate the gold files.
set -e
cd "$(dirname "$0")"
[ -d node/node_modules ] || (cd node && npm install pdfmake@0.2 pdf-lib jspdf hyphen)
python3 ex1_chicago_fire.py
python3 ex2_klondike.py
python3 ex3_staffordshire.py
python3 ex4_lisbon.py
python3 ex5_moon_hoax.py
python3 ex6_beagle.py
python3 validate.py
