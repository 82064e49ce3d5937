#!/bin/sh
# Rebuild set 81 (salt) from scratch: sh build/build_all.sh
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
VENVS=${VENVS:-/tmp/salt81-venvs}
PY312=${PY312:-/root/.pyenv/versions/3.12.1/bin/python}
command -v gri >/dev/null && command -v gs >/dev/null && command -v pdftotext >/dev/null && [ -d /usr/share/fonts/type1/urw-base35 ] || \
  apt-get install -y gri ghostscript poppler-utils fonts-urw-base35
[ -x "$VENVS/main/bin/python" ] || { python3 -m venv "$VENVS/main"; "$VENVS/main/bin/pip" install -q compono==0.5.1 pyphen==0.18.1; }
# ursus-ssg needs Python >= 3.12 (its code uses the `type` statement)
[ -x "$VENVS/ursus/bin/ursus" ] || { "$PY312" -m venv "$VENVS/ursus"; "$VENVS/ursus/bin/pip" install -q ursus-ssg==1.7.0; }
cd "$HERE"
P="nice -n 10 $VENVS/main/bin/python"
$P gold.py
$P ex1_hallstatt.py
$P ex2_gabelle.py
$P ex3_saline.py
$P ex4_cheshire.py
$P ex5_dandi_docx.py
$P ex6_luneburg_html.py "$VENVS/ursus/bin/ursus"
$P validate.py
