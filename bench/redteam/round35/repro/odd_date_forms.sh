#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Dates\n\nThe deed was signed on 1 January 1700/01, under the old calendar.\n\nIn the winter of 1802-3 he led a survey party west along the Ohio River.\n' > d.txt
$V build --db t.db d.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['events']: print(e['date'], e['label'])"
echo "(expected 1701-01-01 (or 1700/1701) and winter 1802-03; observed 1700-01-01 (a year off) and 'the winter of 1802' with the -3 dropped)"
