#!/bin/bash
# D05: "Kingstown (now Dún Laoghaire), Ireland" geocoded to Kingstown, St Vincent (lat 13, lon -61); not joined with Dún Laoghaire
. "$(dirname "$0")/_common.sh"
cat > reg.txt <<'X'
Negative Register

N-1921-004. Edith Harrison on the quay at Kingstown (now Dún Laoghaire), Ireland. Photographer: Walter Lincoln.

Kingstown, where negative N-1921-004 was taken, has been called Dún Laoghaire since 1920.
X
$V build reg.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson -o g.json >/dev/null
python3 -c "
import json
for f in json.load(open('g.json'))['features']: print(f['properties'].get('title'), f['geometry'] and f['geometry']['coordinates'])"
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for e in json.load(open('k.json'))['entities']:
    if 'Laoghaire' in e['name'] or 'Kingstown' in e['name']: print(e['id'], e['type'], e['aliases'], e['lat'], e['lon'])"
echo "EXPECTED: Kingstown near 53.29,-6.13 (Ireland), one place with both names"
