#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Charge sheet 1884\n\nPrisoner: John Doyle alias Doyle alias O'"'"'Doyle. Reg. No. 4417.\n' > a.txt
printf 'Occurrence book 1884\n\nP.C. 212 Smith brought in John Doyle. Prisoner gave the name of O'"'"'Doyle.\n' > b.txt
printf 'Certificate 1889\n\nJohn F. Miller, formerly Johann Friedrich M\xc3\xbcller, a native of K\xc3\xb6nigsberg, was admitted a citizen on 14 October 1889.\n' > c.txt
$V build a.txt b.txt c.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect O'Doyle joined to John Doyle, Mueller joined to John F. Miller:"; grep -E 'doyle|miller|muller' csv/entities.csv
