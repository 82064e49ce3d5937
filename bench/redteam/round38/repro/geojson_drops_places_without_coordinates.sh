#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Places without gazetteer coordinates are left out of the Linked Places export (geometry may be null there).
printf 'Mrs Pennington was interviewed at Bedminster. The photograph was taken at Avonmouth. Dr Okafor lives in Clifton. She went to Liverpool.\n' > a.txt
"$V" build a.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; grep '^place-' csv/entities.csv | cut -d, -f1
"$V" export --db t.db --format geojson | python3 -c 'import json,sys; print([f["properties"]["title"] for f in json.load(sys.stdin)["features"]])'
