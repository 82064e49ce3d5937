#!/bin/sh
# Rebuilds the round-35 hand-laid exhibit set.
# Debian: poppler-utils, cups-filters (texttopdf), faketime, jekyll (ruby-kramdown), python3-venv.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q xhtml2pdf==0.2.28 spire-doc-free==12.12.0 fullbleed==2.5.39 pyphen==0.18.1
fi
venv/bin/python mk_card.py        # texttopdf (cups-filters)
venv/bin/python mk_newcomen.py    # xhtml2pdf
venv/bin/python mk_r101.py        # Fullbleed
venv/bin/python mk_cullinan.py    # Fullbleed
venv/bin/python mk_stonehenge.py  # Spire.Doc Free
venv/bin/python mk_bigben.py      # Jekyll
venv/bin/python validate.py
