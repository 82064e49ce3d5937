#!/bin/bash
# usage: V=/path/to/vitrina ./THIS.sh
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# An unwritable --db location is reported against an internal lock file, with a wrong-sounding reason.
printf 'Title\n\nJohn Smith visited London in 1888.\n' > a.txt
$V build a.txt --db /proc/x.db; echo "exit=$?  (observed 'Error: /proc/x.db.lock: No such file or directory')"
