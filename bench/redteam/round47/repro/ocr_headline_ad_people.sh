#!/bin/bash
# D4: newspaper headlines and advertisements become people, places and organisations
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > gazette.md <<'T'
# THE CARROW GAZETTE, No. 413, Saturday, June 25, 1898

## LECTURE AT THE CORN HALL.

CARROW, Aug. 11.-On Wednefday evening, 10 August, the Rev. Thomas Afhby lectured at the Corn Hall. Mifs Marrow exhibited fome of her fkins.

| ADVERTISEMENTS | |
|---|---|
| DR. WILLIAMS' PINK PILLS FOR PALE PEOPLE | 2s. 9d. |
| BEECHAM'S PILLS Worth a Guinea a Box. | PRICE ONE PENNY |
T
"$V" build gazette.md --db t.db >/dev/null 2>&1
"$V" export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']: print(e['type'].ljust(13), e['name'])"
echo "expected: no person LECTURE/WILLIAMS, no place DR, no organisation PRICE ONE PENNY / PILLS ..."
