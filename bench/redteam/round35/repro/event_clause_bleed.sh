#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Towns\n\nLater settlers from the same families founded Moscow, Idaho, in 1877, and Paris, Texas, in 1844.\n\nThe younger Adams studied at Leiden in 1781 and later served in St. Petersburg.\n' > t.txt
$V build --db t.db t.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['events']: print(e['date']['edtf'], e['label'], e['places'])"
echo "(expected: 1844 event only at Paris, Texas; 1781 only at Leiden; observed: 1844 event also at Moscow, Idaho; 1781 also at St. Petersburg)"
