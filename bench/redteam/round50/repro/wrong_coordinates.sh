#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > m.txt <<'X'
Plan of Königsberg, 1863

The city shown is Königsberg in East Prussia, which is today Kaliningrad in Russia.
James Bertram wrote from New York on 10 April 1906.
X
$W $V build m.txt --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
grep -E "east-prussia|new-york|russia" csv/entities.csv
echo "EXPECTED: East Prussia near 54N 21E (not Berlin 52.52,13.405); New York City ~40.71,-74.01 (not 40.908,-74.133 in New Jersey); Russia not 54.9N 52.3E"
