#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
/work/redteam54/tools/bin/python -c "
from reportlab.pdfgen import canvas
c=canvas.Canvas('passenger_list_bombay.pdf'); c.drawString(50,800,'Passenger List - S.S. Poona, Bombay to Liverpool, sailed 4 January 1882'); c.drawString(50,780,'Ramchandra Desai, 28, clerk, last residence Poona, Bombay Presidency.'); c.showPage(); c.save()"
$V build passenger_list_bombay.pdf --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1; cut -d, -f1-2 csv/documents.csv
