#!/bin/sh
# Rebuilds the six exhibits of hand-laid set 14 and validates them. Needs: fop, context, libreoffice (writer +
# impress), inkscape, poppler-utils (pdftotext); Python 3 stdlib only.
set -e
cd "$(dirname "$0")"
python3 ex1_rainhill_trials.py
python3 ex2_krakatoa_1883.py
python3 ex3_eyam_plague.py
python3 ex4_franklin_expedition.py
python3 ex5_year_without_summer.py
python3 ex6_hindenburg_disaster.py
python3 validate.py
