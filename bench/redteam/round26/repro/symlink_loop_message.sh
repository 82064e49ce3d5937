#!/bin/bash
# usage: V=/path/to/vitrina ./THIS.sh
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# A symlink loop in a folder is reported as 'broken symbolic link (its target does not exist)'.
mkdir d; printf 'Title\n\nJohn Smith visited London in 1888.\n' > d/a.txt; ln -s l2.txt d/l1.txt; ln -s l1.txt d/l2.txt
$V build d --db x.db; echo "exit=$?"
