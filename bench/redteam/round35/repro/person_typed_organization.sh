#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Ferry Ledger\n\nThe ferryman, Elias Harlan, was the son of Thomas Harlan; Elias was born on 3 March 1799.\n\nElias Harlan kept the ferry until 1832, when the new bridge made it useless.\n' > f.txt
$V build --db t.db f.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']: print(e['id'], e['type'], [m['text'] for m in e['mentions']])"
echo "(expected one person Elias Harlan; observed organization-elias-harlan + separate person-elias; from this .txt Thomas Harlan is typed organization too)"
