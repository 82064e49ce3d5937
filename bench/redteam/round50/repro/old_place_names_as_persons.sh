#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > notes.md <<'X'
# Danzig und Umgebung, sheet 12

The second edition of 1907 adds the new railway to Zoppot, the resort now called Sopot.

The plan of Lemberg was engraved by Jan Nowak in 1890.

Title as engraved: "Plan der Königlichen Haupt- und Residenzstadt Königsberg in Preussen".
X
$W $V build notes.md --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
grep -E "^person-" csv/entities.csv
echo "EXPECTED: Zoppot (Sopot), Lemberg (Lviv) and Königsberg are places, not persons"
