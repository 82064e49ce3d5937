#!/bin/sh
# Lay out and paint the four PDFs, then make the .txt files.
set -e
cd "$(dirname "$0")"
venv/bin/python lay_pdfs.py . 2>/dev/null
for n in bell_rock_lighthouse_1810 suez_canal_1869; do
  ruby paint_origami.rb $n.ops.json ../$n.pdf
done
node paint_tinypdf.mjs nellie_bly_1889.ops.json ../nellie_bly_1889.pdf
venv/bin/python ex_quebec_emboss.py
cd ..
for n in bell_rock_lighthouse_1810 quebec_bridge_1907 suez_canal_1869 nellie_bly_1889; do
  pdftotext -raw $n.pdf $n.txt
done
