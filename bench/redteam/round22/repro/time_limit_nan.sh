#!/bin/bash
# FAIL (usage): --time-limit nan passes the documented range 1<=x<=86400 check (inf is refused); build runs with an undefined limit.
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
printf 'The Siege of Leningrad\n\nOn 8 September 1941, German forces encircled Leningrad.\n' > good.txt
timeout 120 "$V" build good.txt --db g.db --time-limit nan; echo "exit=$? (expected 2, usage error)"
"$V" build good.txt --db g.db --time-limit inf; echo "exit=$? (inf: usage error, 2)"
