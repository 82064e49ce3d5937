#!/bin/bash
# A bed number ("Bed 1815") becomes an event dated 1815; a wind direction ("Wind NE") becomes a place, "Noon" a person.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > p.txt <<'X'
Noon Positions of the Barque "Lady Franklin", 1854

Monday 6th March 1854. Noon position Lat. 51°30′N, Long. 0°07′W. Wind NE, f.b.

Reg. No. 1066. Official No. 1789. Bed 1815. 19 grains of quinine.
X
$V build p.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); [print("EVENT", e["date"], e["label"]) for e in d["events"]]; [print("ENTITY", e["type"], e["name"]) for e in d["entities"]]'
echo "Expected: no event dated 1815; no place NE; no person Noon"
rm -rf "$T"
