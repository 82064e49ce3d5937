#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
python3 - <<'PY'
open('j.md','w').write("# Two Samuel Johnsons\n\nSamuel Johnson, the physician of Marietta, treated the survey party for fever in 1803. He was born in 1765 in Hartford, Connecticut.\n\nThe surveyors carried a copy of the dictionary of Samuel Johnson, the English lexicographer, who had died in London in 1784.\n")
PY
$V build --db t.db j.md >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
d=json.load(sys.stdin)
for q in d['quantities']: print('quantity:', q['text'], q['value'], q['unit'])
for e in d['events']: print('event:', e['label'])"
echo "(expected: no quantity from the title; labels about Johnson; observed: quantity 2 Johnsons; labels 'Samuel Johnsons was born…', 'The dictionary … had died in London')"
