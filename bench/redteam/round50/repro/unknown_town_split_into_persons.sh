#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > reg.txt <<'X'
Register of Drawings, 1908

The firm was founded at 14 Lincoln Street, Harwick.
The Carnegie Library at Harwick is named after Andrew Carnegie.
Drawing A-101 rev C (Carnegie Library, Harwick): ground floor plan.
Drawing A-205 (Carnegie Library, Harwick): section.
Letter written from Harwick on 2 May 1906.
X
$W $V build reg.txt --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
grep -i "harwick" csv/entities.csv
echo "EXPECTED: one entity Harwick (a place), not several person entities named Harwick"
