#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: the play 'Georgia' is geocoded to the Caucasus; the symphony 'Vienna' is merged into the city
cat > play.md <<'X'
# Georgia: a play in four acts (1926)

Georgia, a play by Clara Webb, ran at the Wallace Hall, Leeds, from 1 to 20 February 1926.
X
cat > sym.md <<'X'
# Winter Concert, 1924

Anton Varga, Symphony No. 3 "Vienna", Op. 52. Varga wrote "Vienna" in 1921 but has never visited Austria.
X
"$V" build play.md sym.md --db t.db >/dev/null 2>&1
"$V" export --db t.db --format geojson -o g.json >/dev/null
python3 -c "
import json; g=json.load(open('g.json'))
for f in g['features']: print(f['properties'].get('title'), (f.get('geometry') or {}).get('coordinates'))
print('DEFECT REPRODUCED' if any(f['properties'].get('title') in ('Georgia','Vienna') for f in g['features']) else 'not reproduced')"
