#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Measures\n\nThe bridge over the Hocking River was 40 to 45 feet long and cost $1,200.\n\nThe press used between 2 and 3 tons of type.\n\nThe barn is 30 m long and weighs 12 t; the well is 20-25 metres deep.\n' > m.txt
$V build --db t.db m.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for q in json.load(sys.stdin)['quantities']: print(q['text'], q['value'], q['unit'], q['qualifier'])"
echo "(expected: 40-45 feet, 2-3 tons, 30 m, 12 t, 20-25 metres; observed: 45 feet, 3 tons, 25 metres, 30 m and 12 t missing)"
