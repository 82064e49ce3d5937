#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
cat > classical.html <<'DOC'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Classical Names of the Valley</title></head>
<body>
<h1>The Classical Names of the Valley</h1>
<p>The settlers named Athens after the Greek city, which was old long before 500 BC. Julius Caesar was assassinated in 44 BC, a fact the schoolmaster Cyrus Pell liked to recite.</p>
<p>Cyrus Pell taught at the Athens academy in the 1821-22 academic year. He said, "A town is only as old as its oldest grave."</p>
<p>In the fiftieth year of the reign of George III, the Harlan family's English cousins sold their land in Kent.</p>
<p>The academy's library held about 300 volumes in 1825, and the press used between 2 and 3 tons of type.</p>
<p>Pell did not found the academy; it was founded by Jacob Lindley in 1808.</p>
<p>If the academy had burned, the library would have been lost.</p>
<p>Pell died in Athens, Greece, in 1850, while visiting the Acropolis.</p>
<p>It was said at the time that "no road runs straight in Ohio."</p>
</body></html>
DOC
$V build --db t.db classical.html >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c "
import json,sys
for f in json.load(sys.stdin)['features']:
    if 'kent' in f['@id']: print(f['@id'], f['properties'], f['geometry'])"
echo "(text: 'In the fiftieth year of the reign of George III, the Harlan family's English cousins sold their land in Kent.' expected Kent, England (GB) or unplaced; observed Kent, Ohio, US)"
