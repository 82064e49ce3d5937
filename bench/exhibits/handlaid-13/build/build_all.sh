#!/bin/sh
# Rebuilds all six exhibits, their gold and .txt files, then runs the check.
set -e
cd "$(dirname "$0")"
PY=../venv/bin/python
for g in ex1_tulip_mania.py ex2_darien_scheme.py ex3_carrington_event.py ex4_tea_race.py ex5_radium_girls.py ex6_black_sunday.py; do
  $PY $g
done
rm -f tulip_mania.aux tulip_mania.log tulip_mania.pdf
$PY validate.py
