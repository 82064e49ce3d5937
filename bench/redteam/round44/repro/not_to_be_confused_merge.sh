#!/bin/bash
# 'not to be confused with Johann Hartmann ... a painter' is merged into Johann Christoph Hartmann.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Johann Christoph Hartmann\n\nJohann Christoph Hartmann was born at Halle in 1751 and was a botanist. He is not to be confused with Johann Hartmann of Hall in Tyrol, a painter. He died in 1809.\n' > bio.txt
$V build bio.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o j.json >/dev/null 2>&1
python3 -c "
import json; d=json.load(open('j.json'))
for e in d['entities']:
    if 'hartmann' in e['id']: print(e['id'], e['aliases'], [m['text'] for m in e['mentions']])
print('expected: the painter Johann Hartmann kept apart from Johann Christoph Hartmann')"
