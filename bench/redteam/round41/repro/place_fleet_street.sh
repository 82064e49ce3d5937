#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# 'Fleet-street' (London) is geocoded to the town of Fleet, Hampshire; the historical name Ushant / Leghorn gets no coordinates.
printf 'Printed for Thomas Wakefield, at the Bible in Fleet-street, London, 1712. The ship was lost at Ushant, bound for Leghorn.\n' > imprint.txt
$V build imprint.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format geojson | python3 -c "import json,sys; [print(f['properties']['title'], f.get('geometry')) for f in json.load(sys.stdin)['features']]"
