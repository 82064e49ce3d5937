#!/bin/sh
# Rebuilds the whole r25 exhibit set. Needs Debian: poppler-utils, fonts-liberation, golang-go,
# golang-github-jung-kurt-gofpdf-dev. Python 3.11 with a venv here (formepdf[local], fonttools, pyphen, docxgen, lxml, six, setuptools).
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q "formepdf[local]==0.29.0" fonttools==4.68.0 pyphen==0.18.1 docxgen==0.1.4 lxml six setuptools
fi
(cd painter && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=/tmp/r25-gocache nice go build -o paint paint.go)
nice venv/bin/python mk_gofpdf.py poster spread   # royal_charter_1859, coelacanth_1938 (gofpdf + own line breaker)
nice venv/bin/python mk_forme.py                  # mont_blanc_1786, peasants_revolt_1381 (Forme)
nice venv/bin/python mk_docx.py                   # kinder_trespass_1932 (docxgen)
nice venv/bin/python mk_html.py                   # blondin_niagara_1859
nice venv/bin/python validate.py
