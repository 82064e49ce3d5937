#!/bin/sh
# Rebuilds hand-laid set 19. Needs (Debian 12): htmldoc libpdf-create-perl libhpdf-dev libpodofo-dev
# poppler-utils gcc g++ fonts-liberation; node 20 + npm; python3 (3.11).
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q fonttools==4.60.1 pyphen==0.17.2; }
[ -d node/node_modules/docx-templates ] || (cd node && npm install --silent)
gcc -O1 -o paint_haru paint_haru.c -lhpdf
g++ -O1 -std=c++14 -o paint_podofo paint_podofo.cpp $(pkg-config --cflags --libs libpodofo)
venv/bin/python ex1_essex.py
venv/bin/python ex2_cottingley.py
venv/bin/python ex3_scone.py
venv/bin/python ex4_dreadnought.py
venv/bin/python ex5_tichborne.py
venv/bin/python ex6_folio.py
venv/bin/python validate.py
