#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > log.txt <<'X'
Observing Log, December 1882

1882 Dec. 6, 14h 3m U.T. Mr. T. W. Brannock, observing with the 15-inch, found a faint nebulous object in RA 5h 35m, Dec. -5° 23', mag. 9.4. The Director reports that JD 2415020.5 is adopted as the epoch.
X
run $V build log.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(e['id'],e['type'],e['lat'],e['lon']) for e in d['entities']])"
echo "EXPECTED: no place 'RA' (observed at -17.38,178.15, Fiji); no persons 'JD' / 'U.T.'"
