#!/bin/sh
# Rebuild hand-laid set 20 from scratch: venv, npm package, Java painters, six generators, validation.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q pyx==0.18 fonttools==4.68.0 pyphen==0.18.1; }
[ -d node/node_modules/html-to-docx ] || (cd node && npm install --no-audit --no-fund html-to-docx@1.8.0)
CP=/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar
javac -nowarn -cp $CP -d . PaintBox.java
javac -nowarn -cp /usr/share/java/itext5.jar -d . Batavia.java
for g in ex1_jumbo ex2_voynich ex3_batavia ex4_challenger ex5_zimmermann ex6_nightingale; do
  venv/bin/python $g.py 2>/dev/null
done
venv/bin/python validate.py
