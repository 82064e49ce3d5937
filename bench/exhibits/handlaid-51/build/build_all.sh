#!/bin/sh
# Rebuild set 51. Needs Debian: texlive-latex-base/-extra (pdflatex, ntgclass, extsizes), texlive-extra-utils (pdfjam),
# poppler-utils, nodejs+npm, ghc + libghc-hakyll-dev. Run from anywhere.
set -e
cd "$(dirname "$0")"
[ -d node/node_modules ] || (cd node && npm ci --no-audit --no-fund)
[ -x hakyll/site ] || (cd hakyll && ghc -O0 -threaded site.hs -o site)
python3 content.py
python3 mk_pdf.py
python3 mk_docx.py
python3 mk_html.py
python3 validate.py | tail -1
