#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
echo "Julius Caesar was assassinated in 44 BC, a fact the schoolmaster Cyrus Pell liked to recite." > bc.txt
$V build --db t.db bc.txt >/dev/null 2>&1
$V ask --db t.db "When was Julius Caesar assassinated?"; echo "exit=$?   (expected: 44 BC, exit 0; observed: Error: internal error: ValueError: Invalid isoformat string: '-0043-01-01', exit 1; /ask in serve answers HTTP 500)"
