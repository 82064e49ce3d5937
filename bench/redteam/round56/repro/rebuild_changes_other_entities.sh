#!/bin/bash
# D6: removing one document changes the entities of another: the geocoded place Blantyre (Malawi) id is
# redirected to a new *person* Blantyre; Livingstonia loses its coordinates, said to be "not in the gazetteer".
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir box
cat > box/a.html <<'X'
<html><head><title>Blantyre Station, Shire Highlands</title></head><body><h1>Blantyre Station, Shire Highlands</h1>
<p>The station of Blantyre in the Shire Highlands was founded on Advent Sunday 1876 by the Rev. Henry Duff, of the Church of Scotland mission. It was named after Blantyre in Lanarkshire, the birthplace of David Livingstone.</p></body></html>
X
printf 'Livingstonia\n\nThe station of Livingstonia was founded on 12 October 1875 at Cape Maclear, on Lake Nyasa, by the Rev. J. T. Harris.\n' > box/b.txt
printf 'Visitation\n\nThe Bishop arrived at Blantyre on the Saturday before Advent Sunday 1889. He confirmed 41 at Blantyre and 17 at Domasi.\n' > box/c.txt
$V build box --db t.db >/dev/null 2>&1
$V export --db t.db --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]:
    if "blantyre" in e["id"] or "livingstonia" in e["id"]: print("before:", e["id"], e["type"], e.get("lat"))'
rm box/c.txt; $V build box --db t.db 2>&1 | grep Dropped
$V export --db t.db --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]:
    if "blantyre" in e["id"] or "livingstonia" in e["id"]: print("after:", e["id"], e["type"], e.get("lat"), (e.get("geocoding") or {}).get("decision"))'
echo "EXPECTED: a.html and b.txt unchanged, so their places keep type, id and coordinates"
