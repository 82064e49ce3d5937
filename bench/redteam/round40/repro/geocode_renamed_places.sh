#!/bin/bash
# D4: places put in the wrong country: Upper Canada in Jamaica, Berlin (Waterloo County) in Germany, York (capital of Upper Canada) in England.
. "$(dirname "$0")/_common.sh"
cat > map.txt <<'X'
Reading the map of the Rideau route

The map shows the route from Kingston, Upper Canada (today Kingston, Ontario, not Kingston in Jamaica) north to Bytown, which was renamed Ottawa in 1855.

West of the canal lies Perth, a military settlement of 1816 (not Perth in Scotland nor Perth in Western Australia), and Richmond (not Richmond in Virginia nor Richmond in Surrey).

York, the capital of Upper Canada, lay far to the west; it was renamed Toronto in 1834. Some labourers settled at Berlin in Waterloo County, which was renamed Kitchener in 1916.
X
$V build map.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson | python3 -c '
import json,sys
for f in json.load(sys.stdin)["features"]:
    print(f["properties"].get("title"), f["properties"].get("ccodes"), f.get("geometry") and f["geometry"].get("coordinates"))'
# observed: Upper Canada at [-76.79, 17.99] (Kingston, Jamaica); Berlin at [13.41, 52.52]; York at [-1.08, 53.96]; Perth only AU/GB
