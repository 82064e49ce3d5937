#!/bin/bash
# '11/22 June 1788' keeps only the Gregorian half: dates.csv julian column empty (while '9 June (old style)' fills it).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Letter from Pyotr Sokolov\n\nSt. Petersburg, 11/22 June 1788\n\nThe passport was signed on 9 June (old style).\n' > l.txt
$V build l.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
cat csv/dates.csv
echo 'expected: 11/22 June 1788 -> edtf 1788-06-22, julian 1788-06-11'
