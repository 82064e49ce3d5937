#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D1: a control character in a file name makes the whole TEI export fail with an internal error
printf 'Nellie Garfield led the strike in Boston on 3 August 1953.\n' > $'name\x1b[31m.txt'
run build --db x.db -- $'name\x1b[31m.txt' >/dev/null 2>&1
run export --db x.db --format tei -o tei 2>err.txt; rc=$?
cat err.txt; echo "rc=$rc"
grep -q "internal error" err.txt
