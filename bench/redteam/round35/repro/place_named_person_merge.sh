#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Washington\n\nWashington, the capital, was occupied by British troops in August 1814.\n\nMartha Washington died at Mount Vernon on 22 May 1802.\n' > w.txt
$V build --db t.db w.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
d=json.load(sys.stdin)
for e in d['entities']: print(e['id'], [m['text'] for m in e['mentions']])
for e in d['events']: print(e['date']['edtf'], e['label'], e['places'])"
echo "(expected: place Washington (D.C.) for the capital; observed: the capital filed as a mention of person-martha-washington, no place)"
