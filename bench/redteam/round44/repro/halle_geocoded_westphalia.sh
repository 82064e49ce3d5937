#!/bin/bash
# Halle with 'University of Halle' is placed at Halle (Westf.) 52.06,8.36 instead of Halle (Saale) 51.48,11.98.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Johann Christoph Hartmann\n\nJohann Christoph Hartmann was born at Halle on 6 March 1751. He studied medicine and botany at the University of Halle. He travelled from Halle to Leipzig.\n' > bio.txt
$V build bio.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson -o g.json >/dev/null 2>&1
python3 -c "
import json; g=json.load(open('g.json'))
for f in g['features']:
    if 'halle' in f['@id']: print(f['@id'], f['geometry'])
print('expected Halle (Saale): [11.97947, 51.48158]')"
