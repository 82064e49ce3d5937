#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
printf 'name,type,aliases,lat,lon,identifier\nKingstown,place,Dún Laoghaire,53.2940,-6.1339,\n' > auth.csv
printf 'The Observatory\n\nThe Harcourt Observatory was founded at Kingstown in 1868.\n\nThe transit circle was sold to Dunsink Observatory in 1913.\n' > a.txt
run $V build a.txt --db t.db --authority auth.csv
run $V search "Dún Laoghaire" --db t.db
echo "EXPECTED: the Kingstown sentence (authority alias) or no match; observed the Dunsink sentence"
