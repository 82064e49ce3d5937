#!/bin/bash
# "Valparaíso" and "Valparaiso" become two places with different coordinates.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'Journal of the City of Boston\n\n2 January 1854. Arrived at Valparaíso after a passage of 114 days.\n' > a.txt
printf 'Summary of Voyages\n\nThe ship City of Boston reached Valparaiso on 2 January 1854.\n' > b.txt
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c 'import json,sys; [print(f["properties"].get("title"), f.get("geometry")) for f in json.load(sys.stdin)["features"]]'
echo "Expected: one place Valparaíso"
rm -rf "$T"
