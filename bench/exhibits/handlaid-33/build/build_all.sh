#!/bin/sh
# Rebuild the whole r30 exhibit set. Needs Debian poppler-utils and fonts-urw-base35, Python 3.11 (venv) and
# Python 3.12 (NavyFox needs >= 3.12; here /root/.pyenv/versions/3.12.1/bin/python3.12, or set PY312).
set -e
cd "$(dirname "$0")"
PY312=${PY312:-/root/.pyenv/versions/3.12.1/bin/python3.12}
[ -x venv/bin/python ] || { python3 -m venv venv && venv/bin/pip install -q folio-pdf==0.2.0 pyphen==0.18.1 fonttools==4.68.0; }
[ -x venv312/bin/python ] || { "$PY312" -m venv venv312 && venv312/bin/pip install -q navyfox==0.1.11; }
for g in mk_otzi mk_nebra mk_gokstad mk_forth; do nice -n 10 venv/bin/python $g.py; done
for n in otzi_iceman_1991 nebra_sky_disc_1999 gokstad_ship_1880 forth_bridge_1890; do
  pdftotext -raw ../$n.pdf ../$n.txt
done
nice -n 10 venv312/bin/python mk_docx.py
nice -n 10 python3 mk_html.py
python3 validate.py
