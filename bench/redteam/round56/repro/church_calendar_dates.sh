#!/bin/bash
# D10: church-calendar dates kept only as years (Advent Sunday 1876 = 1876-12-03, Whit Sunday 1879 = 1879-06-01,
# feast of St. Michael 1892 = 1892-09-29), and the feast becomes a place "St. Michael" / person "Michael".
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Stations\n\nBlantyre was founded on Advent Sunday 1876. Chinyama was baptised on Whit Sunday 1879. St. Faith'"'"'s opened on the feast of St. Michael 1892.\n' > a.txt
$V build a.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1; cut -d, -f1,5 csv/dates.csv
$V export --db t.db --format json 2>/dev/null | python3 -c 'import json,sys; [print(e["id"]) for e in json.load(sys.stdin)["entities"]]' | grep -i michael
