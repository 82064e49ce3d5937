#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > reg.txt <<'X'
Paris Hotel, Brighton

Client: Louis Paris. Builder: Samuel Croft and Sons of Brighton.
Drawing B-301 rev B: first floor plan. Designed 11 January 1907; revised 9 September 1907.
Condition: good. Shelfmark MAP-KB-1863.
Publisher: G. G. and J. Robinson, Paternoster Row, London, 1798.
Kartographische Anstalt Berlin, Moskauer Strasse 7.
X
$W $V build reg.txt --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
grep -E "^person-" csv/entities.csv
echo "EXPECTED: no person entities for B-301, Shelfmark MAP-KB-1863, Paternoster Row, Moskauer Strasse, Anstalt Berlin"
