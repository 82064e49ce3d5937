#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
mkdir f; printf 'Miss Voss observed in 1890.\n' > f/a.txt; : > f/empty.txt
run $V build f --db t.db; echo "exit $?"
echo "EXPECTED: empty.txt skipped and counted like other unreadable folder files, exit 0; observed 'Error: f/empty.txt: empty file' and exit 1 although a.txt was built"
