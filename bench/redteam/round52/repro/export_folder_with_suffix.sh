#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
echo "Kelsall United won in 1923." > a.txt
run $V build a.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o out.csv; echo "exit $?"; ls -d out.csv
echo "EXPECTED (README: missing folders are created): folder out.csv, or a message that does not claim a file exists; OBSERVED: 'out.csv names a file', exit 2, nothing there"
