#!/bin/bash
# Adding/rebuilding one file without --authority silently drops every authority merge, alias and identifier
# of the whole exhibit (the ship 'Lady Margaret Hale' turns back into a person; Bristol loses its GeoNames id).
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'The schooner Lady Margaret Hale, of Bristol, was lost off Lundy in 1889.\n' > a.txt
printf 'Dear Thomas, the mill in Bristol burned on 2 March 1889.\n' > b.txt
printf 'name,type,aliases,lat,lon,identifier\nLady Margaret Hale,other,,,,\nBristol,place,,51.4545,-2.5879,https://www.geonames.org/2654675\n' > auth.csv
"$V" build a.txt --db t.db --authority auth.csv 2>/dev/null
"$V" export --db t.db --format csv -o before 2>/dev/null; cut -d, -f1-7 before/entities.csv
"$V" build b.txt --db t.db 2>&1 | tail -1
"$V" export --db t.db --format csv -o after 2>/dev/null; cut -d, -f1-7 after/entities.csv
