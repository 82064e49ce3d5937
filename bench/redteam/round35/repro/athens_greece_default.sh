#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Survey\n\nThe party laid out a town site at Athens, Ohio, in 1804.\n' > a.md
printf 'Letters from the Hocking Valley\n\nGeorgia Whitfield taught at Athens until 1821.\n\nThe bridge at Athens was built in 1805 and was 45 feet long.\n' > b.txt
$V build --db t.db a.md b.txt >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c "
import json,sys
for f in json.load(sys.stdin)['features']:
    if 'athens' in f['@id']: print(f['@id'], f['properties'], f['geometry']['coordinates'], [c['label'] for n in f['names'] for c in n['citations']])"
echo "(expected: the Hocking Valley letters' Athens in Ohio; observed: placed at Athens, Greece 23.73,37.98 GR)"
