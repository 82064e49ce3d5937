#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
printf 'A history\n\nThe first register was lost in a fire, perhaps in 1891.\nThe first match was probably in the 1879–80 season.\n' > u.txt
run $V build u.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o c >/dev/null; cat c/dates.csv
echo "EXPECTED: 1891? and 1879?/1880? OBSERVED: 1891 and 1879/1880, as certain"
