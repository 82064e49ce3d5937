#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Description Book, Liverpool, 1884\n\nJohn Doyle, alias O'"'"'Doyle, Reg. No. 4417. Born Wexford, Ireland, about 1850.\n\nNot to be confused with John Doyle, P.C. 301, of the Walton station, born Liverpool 1859.\n' > desc.txt
$V build desc.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "mentions of person-john-doyle (expect the P.C. 301 mention NOT here):"; grep '^person-john-doyle,' csv/mentions.csv
$V ask "Where was John Doyle born?" --db t.db --json | grep -E '"answer"|"confidence"'
echo "truth: Wexford (the Liverpool-born John Doyle is explicitly a different man)"
