#!/bin/bash
# Low: an --authority row with more fields than the header is silently truncated (a bad lat is refused with a line number, this is not).
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'The National Archives hold the photographs of Remagen in 1945.\n' > doc.txt
printf 'name,type,aliases,lat,lon,identifier\nNational Archives,organization,,,,https://example.org/na,EXTRA,FIELDS\n' > auth.csv
"$V" build --db t.db --authority auth.csv doc.txt; echo "exit $?"
"$V" export --db t.db --format json | grep -E '"identifier"'
