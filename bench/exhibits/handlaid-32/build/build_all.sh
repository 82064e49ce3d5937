#!/bin/sh
# Rebuilds the whole r28 exhibit set. Needs Debian poppler-utils, fonts-urw-base35,
# libcam-pdf-perl (CAM::PDF 1.60) and python3-venv.
set -e
cd "$(dirname "$0")"
if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1 fancy-last-word==0.7.0
fi
for n in matterhorn mold semmelweis turk; do nice -n 10 venv/bin/python mk_$n.py; done
for n in matterhorn_first_ascent_1865 mold_gold_cape_1833 semmelweis_handwashing_1847 mechanical_turk_1770; do
  PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0 nice -n 10 perl paint_campdf.pl dl_$n.json ../$n.pdf
  pdftotext -raw ../$n.pdf ../$n.txt
done
venv/bin/python mk_docx.py
venv/bin/python mk_html.py
venv/bin/python validate.py
