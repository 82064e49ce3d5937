#!/bin/bash
# Defect: "Russia" is put on the map at 54.90N 52.32E (a town in Tatarstan). (In the full collection "Huizhou" was also put in Guangdong; this small input leaves it unmapped.)
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Globe\n\nPlace made: St Petersburg, Russia. The compass was bought in Huizhou, Anhui, about 1890.\n' > g.txt
$V build g.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c 'import json,sys; [print(f["properties"].get("title"), f["geometry"] and f["geometry"]["coordinates"]) for f in json.load(sys.stdin)["features"]]'
