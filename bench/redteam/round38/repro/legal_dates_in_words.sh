#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Dates written out in legal prose are not extracted.
printf 'THIS IS THE LAST WILL AND TESTAMENT of me JOSIAH HARWICK of Bristol, made this first day of February one thousand eight hundred and ninety-five.\n\nTHIS CONVEYANCE is made the twelfth day of September One thousand nine hundred and one BETWEEN ELEANOR VANCE and the Corporation.\n' > will.txt
"$V" build will.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cat csv/dates.csv   # header only
