#!/bin/bash
# D5: a printed correction: the wrong name becomes the entity's name; compare reports none of the corrections
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > no412.txt <<'T'
THE CARROW GAZETTE. No. 412. SATURDAY, JUNE 18, 1898.

NATURALIST AT CARROW FEN.
CARROW, June 16.-Mifs Edith Barrow has fhot a Golden Oriole at Carrow Fen. A great ftorm at Hollin Wood felled three oaks.
T
cat > no413.md <<'T'
# THE CARROW GAZETTE, No. 413, Saturday, June 25, 1898

## CORRECTION.

In our laft iffue we ftated that Mifs Edith Barrow had fhot a Golden Oriole at Carrow Fen. The lady's name is
Mifs Edith Marrow, and the bird, we are informed by Mr. Jonas Feld of the Mufeum, was not a Golden Oriole but a
Garden Warbler. The ftorm at Hollin Wood felled two oaks, not three.
T
"$V" build no412.txt no413.md --db t.db >/dev/null 2>&1
"$V" export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']:
  if e['type']=='person': print(e['id'], e['name'], e['aliases'])"
"$V" compare --db t.db --verdict differ
echo "expected: Edith Marrow (the corrected name) canonical; compare reports Barrow/Marrow, Oriole/Warbler, three/two oaks"
