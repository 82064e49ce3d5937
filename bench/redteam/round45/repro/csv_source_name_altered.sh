#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D14: the CSV export rewrites a document's source file name (control sequence silently removed)
printf 'Walter Dunmore in Skegness, 1953.\n' > $'w\x1b[31m.txt'
run build --db x.db -- $'w\x1b[31m.txt' >/dev/null 2>&1; run export --db x.db --format csv -o csv >/dev/null
cat csv/documents.csv; grep -q '^w-31m\|,w.txt,' csv/documents.csv
