#!/bin/sh
# Rebuild the six exhibits of hand-laid set 15 and validate them. Run from anywhere.
# Needs: python3, mutool (mupdf-tools), node + build/node/node_modules (pdfkit, hyphen, docx),
# xelatex (texlive-xetex) with memoir, asciidoctor-pdf (ruby-asciidoctor-pdf), pdftotext (poppler-utils).
set -e
cd "$(dirname "$0")"
python3 ex1_great_smog.py
python3 ex2_mary_celeste.py
python3 ex3_piltdown_man.py
python3 ex4_pony_express.py
python3 ex5_tacoma_narrows.py
python3 ex6_peterloo_1819.py
python3 validate.py
