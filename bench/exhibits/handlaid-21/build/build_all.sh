#!/bin/sh
# Rebuild hand-laid set 21: venv + npm + Java painter if missing, then the six generators and the validator.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv && venv/bin/pip install -q pydyf==0.13.0 fonttools==4.68.0 pyphen==0.18.1
fi
if [ ! -d node/node_modules/muhammara ]; then
  (cd node && npm install --no-audit --no-fund)
fi
# Debian: poppler-utils, abiword, libpdfbox2-java, libpdf-reuse-perl (and a JDK for javac)
javac -cp /usr/share/java/pdfbox2.jar java/PaintPdfBox.java
for s in ex1_batavia.py ex2_fram.py ex3_wotw.py ex4_jewels.py ex5_flood.py ex6_lindbergh.py; do
  venv/bin/python "$s"
done
venv/bin/python validate.py > /dev/null && echo "validation: 0 errors (build/validation_report.txt)"
