#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
printf 'Receipt Book\n\nBegun by Hannah Thwaite in 1786.\n' > CK-01_book.txt
printf 'identifier,title,creator,date\nCK-01,Receipt book,Hannah Glossop,1786/1810\n' > cat.csv
run $V build CK-01_book.txt --db t.db --catalogue cat.csv
run $V export --db t.db --format csl
echo "EXPECTED: issued as CSL-JSON date-parts [[1786],[1810]] (or raw); observed {\"edtf\": \"1786/1810\"} only"
