#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > reg.md <<'X'
# Revised Register of Drawings, 1911

This register corrects the register of 1908.

- Drawing A-101 rev C (Carnegie Library, Harwick) was revised on **14 March 1907**, not on 14 May 1907 as the 1908 register says.
X
$W $V build reg.md --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
grep -i "revised" csv/events.csv | cut -c1-200
echo "EXPECTED: one revision event dated 1907-03-14; no event dated 1907-05-14 (that date is denied)"
