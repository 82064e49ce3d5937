#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D6: 2,000 tiny text files (~140 KB of text) take 103-120+ s (observed 103 s wall, 371 MB in one run and killed at 120 s in another, load 13-15): the cross-document stage ("linking, writing the exhibit and comparing sources") grows faster than linear
mkdir tiny; for i in $(seq 0 1999); do printf 'Object %d\n\nObject number %d was donated by Anna Horak in %d.\n' $i $i $((1900+i%100)) > tiny/note_$i.txt; done
/usr/bin/time -f '%e s wall, %M KB' timeout 600 $V build tiny --db x.db 2>&1 | grep -v '^building'
