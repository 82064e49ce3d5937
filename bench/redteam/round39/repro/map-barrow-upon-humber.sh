#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "Map\n\n- **Barrow upon Humber**, Lincolnshire, England: where Harrison grew up and built his wooden clocks.\n- **Foulby**, a village near Wakefield in Yorkshire, England: John Harrison's birthplace.\n" > m.md
"$V" build m.md --db t.db >/dev/null 2>&1
"$V" export --db t.db --format geojson 2>/dev/null | python3 -c 'import json,sys; [print(f["properties"]["title"], f["geometry"]) for f in json.load(sys.stdin)["features"]]'
echo "Expected: Barrow upon Humber ~ (53.68,-0.38); observed: 'Barrow' at Barrow-in-Furness (54.11,-3.23) and 'Humber, Lincolnshire' at (52.2,-2.67, Herefordshire)"
