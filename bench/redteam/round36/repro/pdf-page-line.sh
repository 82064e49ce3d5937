#!/bin/bash
# Defect: the source map of a PDF mention on page 2+ gives a line number counted from the start of the
# document, not from the page it names ("page 2, line 4" for the first line of page 2).
V=${V:-/work/redteam36/venv/bin/vitrina}
PY=${PY:-/work/redteam36/tools/bin/python}   # a python with reportlab
T=$(mktemp -d); cd "$T"
$PY - <<'P'
from reportlab.pdfgen import canvas
c = canvas.Canvas('two.pdf'); c.setFont('Helvetica', 11)
c.drawString(72, 780, 'The Salt Mine'); c.drawString(72, 760, 'In 1950 Tomasz Zielinski guided visitors in Wieliczka.'); c.drawString(72, 740, 'The chapel was carved by miners.')
c.showPage(); c.setFont('Helvetica', 11); c.drawString(72, 780, 'On the second page: Tomasz Zielinski retired in 1962.'); c.save()
P
$V build two.pdf --db t.db >/dev/null 2>&1
$V search retired --db t.db --json | python3 -c '
import json,sys; [print(h["text"], "->", h["source"]) for h in json.load(sys.stdin)["hits"]]'
echo "expected: page 2, line 1 (the page has one line); observed above"
rm -rf "$T"
