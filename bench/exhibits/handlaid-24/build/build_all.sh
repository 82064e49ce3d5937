#!/bin/sh
# Rebuilds hand-laid set 24. Debian: poppler-utils, ocaml-nox, ocaml-findlib, libcamlpdf-ocaml-dev, php-cli,
# php-fpdf, fonts-liberation, nodejs. PyPI (build/venv): fonttools, pyphen. npm (build/node): @libpdf/core@0.4.2,
# docxmlater@10.1.0.
set -e
cd "$(dirname "$0")"
[ -d venv ] || { python3 -m venv venv && venv/bin/pip install -q fonttools==4.68.0 pyphen==0.18.1; }
[ -d node/node_modules ] || { mkdir -p node && cd node && npm init -y >/dev/null && npm install --no-audit --no-fund @libpdf/core@0.4.2 docxmlater@10.1.0 && cd ..; }
[ -e node_modules ] || ln -s node/node_modules node_modules
[ -x paint_camlpdf ] || ocamlfind ocamlopt -package camlpdf -linkpkg paint_camlpdf.ml -o paint_camlpdf
sh build_pdfs.sh
venv/bin/python -c "import json, content; json.dump(content.EX['mallard_record_1938'], open('mallard.json','w'), ensure_ascii=False); content.gold('mallard_record_1938')"
node mk_docx.mjs
venv/bin/python mk_html.py
venv/bin/python validate.py | tee validation_report.txt
