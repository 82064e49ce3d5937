#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Ship report\n\nWe reached Hobart, Tasmania, on 2 April 1910. The firm of Nokia showed paper. A telephone by Janis Ozols of Mitau. Krupp of Essen.\n' > s.txt
$V build s.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c "import json,sys; [print(f['properties']['title'], f['geometry']) for f in json.load(sys.stdin)['features']]"
# expected: Tasmania its own (island) point or none; Mitau (= Jelgava) located; observed: Tasmania at Hobart's exact point; Mitau/Essen without coordinates
