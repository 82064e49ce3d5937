#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D10: --authority aliases: the separator is documented nowhere (README, --help); a "|"-separated list is silently kept as ONE alias
# "Pressburg|Pozsony" (exported as a toponym in GeoJSON), so a text saying "Pressburg" is not linked; ";" works.
# observed: [("place-pressburg", [])]; with "Pressburg;Pozsony": [("place-bratislava", ["Pozsony", "Pressburg"])]
printf 'name,type,aliases,lat,lon,identifier\nBratislava,place,Pressburg|Pozsony,48.1486,17.1077,https://www.geonames.org/3060972\n' > auth.csv
printf 'Pressburg\n\nThe glassworks in Pressburg opened in 1887.\n' > press.txt
$V build press.txt --db x.db --authority auth.csv 2>&1 | tail -1     # no warning
$V export --db x.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(e['id'], e.get('aliases')) for e in d['entities']])"
