#!/bin/bash
# Ships named after people/places become those people/places in the knowledge base.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > log.txt <<'X'
Log of the Brig "Sydney", Hobart Town to Auckland, 1853

The brig "Sydney", Captain James Ferrier, sailed from Hobart Town on 4 April 1853 and reached Auckland on 15 April 1853. She did not call at Sydney.

J.M., seaman, late of the steamer "City of Lincoln", was admitted on 2 October 1918.

Log of the "Admiral Rodney", Kronstadt to London, 1852. Admiral George Rodney, for whom the ship is named, died in 1792.

The barque "Queen Charlotte" anchored in Table Bay on 28 May 1852.
X
$V build log.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
for e in d["entities"]: print(e["type"], e["name"], [m["text"] for m in e["mentions"]])
for e in d["events"]: print("EVENT", e["label"][:60], e["participants"], e["places"])'
echo "Expected: no place Lincoln, no place Sydney for the brig, no person Charlotte, no person George Rodney taking part in the 1852 voyage"
rm -rf "$T"
