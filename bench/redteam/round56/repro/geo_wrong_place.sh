#!/bin/bash
# D4: historic/mission place names mapped to the wrong place: Natal (colony) -> Natal, Brazil; Perth next to
# Dundee -> Perth, Australia; the Tonga people of Lake Nyasa -> the Kingdom of Tonga.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > a.txt <<'X'
New Hermannsburg

The station of New Hermannsburg on the Umvoti river in Natal was founded in March 1877 by Pastor Friedrich Kessler of the Hermannsburg Mission Society. He quarrelled with Bishop Colenso's successor at Pietermaritzburg.

The Rev. John Thomas Harris died at Dundee on 3 March 1902. Born at Perth in 1841, he was ordained in 1868 in Scotland.

On Whit Sunday 1879 he baptised a woman of the Tonga at Cape Maclear on Lake Nyasa.
X
$V build a.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format geojson 2>/dev/null | python3 -c '
import json,sys
for f in json.load(sys.stdin)["features"]:
    if f["geometry"]: print(f["properties"]["title"], f["geometry"]["coordinates"])'
echo "EXPECTED: Natal near lon 30, lat -29 (the colony, beside Pietermaritzburg in the same text), not [-35.2,-5.8] Natal, Brazil. (In the full collection Perth also went to Australia and the Tonga people to the Kingdom of Tonga.)"
