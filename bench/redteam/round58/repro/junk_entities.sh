#!/bin/bash
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Depot journey\n\nDay 9. Laid Depot Alpha at latitude 78 40 S. Load 620 lb.\n\nDay 12. Reached Depot Alpha and found it intact.\n\nPlate 2. Photographs by Petty Officer Garrick.\n' > d.txt
$V build d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['id'], e['type']) for e in json.load(sys.stdin)['entities']]"
# observed in the collection: persons 'Depot Alpha', 'Laid Depot Alpha', 'Reached Depot Alpha', 'Load', 'Photographs', 'Petty Officer'
