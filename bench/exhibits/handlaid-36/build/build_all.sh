#!/bin/sh
# Rebuilds the whole r33 exhibit set. Needs Debian: halibut, lilypond (+ghostscript, fonts-urw-base35),
# calligrawords, poppler-utils; PyPI (in build/venv): fonttools, pyphen, pelican.
set -e
cd "$(dirname "$0")"
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1 pelican==4.12.0; }
for g in mk_mappa mk_priestley mk_soane mk_daguerre mk_taywhale mk_dolly; do
  echo "== $g"; nice -n 10 venv/bin/python $g.py
done
venv/bin/python validate.py
