#!/bin/bash
# usage: V=/path/to/vitrina ./THIS.sh
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# A plain-text file made only of 6+ identical short lines crashes the analysis with an internal IndexError.
printf 'Line\n%.0s' 1 2 3 4 5 6 > t.txt
$V build t.txt --db x.db; echo "exit=$?  (expected: built, or a meaningful one-line Error; observed: 'cannot be processed (IndexError: list index out of range)')"
