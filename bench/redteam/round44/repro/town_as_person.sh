#!/bin/bash
# 'Cherson' (a town, also geocoded as a place) becomes several distinct person entities.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Letter from Johann Christoph Hartmann to William Ashby, Cherson, 20 October 1788\n\nCherson, 20 October 1788\n\nDear Sir,\n\nWe arrived here on 14 September 1788 after a journey of nine weeks from Riga.\n\nYour most obedient servant,\nJ. C. Hartmann\n' > l.txt
printf '# A Journey from Riga to Cherson, 1788\n\nWe arrived at Cherson on 14 September 1788.\n' > j.md
$V build l.txt j.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o j.json >/dev/null 2>&1
python3 -c "
import json; d=json.load(open('j.json'))
print([ (e['id'],e['type']) for e in d['entities'] if e['name']=='Cherson'])
print('expected: one place-cherson, no person')"
