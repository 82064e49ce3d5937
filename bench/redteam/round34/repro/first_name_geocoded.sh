#!/bin/bash
# a person's first name becomes a geocoded place (Helena, Montana) in the exhibit, GeoJSON and map; an authority row naming her does not fix it
. "$(dirname "$0")/_common.sh"
printf '# Two Printers\n\nMaria Kowalska founded a printing shop in Toruń in 1875. Her sister Helena Kowalska opened a bookshop in Poznań in 1881.\n\nMaria died in 1902. Helena emigrated to Chicago in 1890.\n' > people.md
printf 'name,type,aliases,lat,lon,identifier\nHelena Kowalska,person,Helena,,,\n' > authority.csv
"$V" build people.md --db x.db --authority authority.csv >/dev/null 2>&1
"$V" export --db x.db --format geojson | python3 -c "import json,sys; [print(f['properties']['title'], f['geometry']['coordinates']) for f in json.load(sys.stdin)['features']]"
"$V" export --db x.db --format json | python3 -c "import json,sys; [print(e['id'], e['type']) for e in json.load(sys.stdin)['entities'] if 'helena' in e['id']]"
# observed: Helena [-112.03611, 46.59271]; organization-helena-kowalska organization (authority row ignored)
