#!/bin/sh
# Rebuilds hand-laid set 17 (documents, .txt files, gold) and runs the validator.
set -e
cd "$(dirname "$0")"

# Debian packages (root): poppler-utils scribus xvfb xauth php-cli php-tcpdf hyphen-en-gb
for cmd in pdftotext scribus xvfb-run php; do
    command -v "$cmd" >/dev/null || { echo "missing $cmd: apt-get install poppler-utils scribus xvfb xauth php-cli php-tcpdf hyphen-en-gb"; exit 1; }
done
[ -f /usr/share/php/tcpdf/tcpdf.php ] || { echo "missing php-tcpdf"; exit 1; }
[ -f /usr/share/hyphen/hyph_en_GB.dic ] || { echo "missing hyphen-en-gb"; exit 1; }

# PyPI packages in build/venv (borb for exhibit 2, pyphen for the soft hyphens of exhibits 3 and 4)
if [ ! -x venv/bin/python ]; then
    python3 -m venv venv
    venv/bin/pip install -q borb==3.0.9 fonttools==4.68.0 pyphen==0.18.1
fi
# npm packages in build/node (exhibit 1)
[ -d node/node_modules ] || (cd node && npm install --no-audit --no-fund)

python3 ex1_mona_lisa.py
python3 ex2_bounty.py            # re-executes itself in venv; slow (borb measures a lot): about 1-2 minutes
python3 ex3_frost_fairs.py       # venv + xvfb-run scribus
python3 ex4_cardiff_giant.py     # venv + php
python3 ex5_great_storm.py
python3 ex6_boston_tea_party.py
python3 validate.py
