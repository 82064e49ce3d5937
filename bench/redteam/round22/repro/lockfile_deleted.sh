#!/bin/bash
# FAIL: a pre-existing user file named <db>.lock is deleted by a build (vitrina did not make it).
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
printf 'The Siege of Leningrad\n\nOn 8 September 1941, German forces encircled Leningrad.\n' > good.txt
echo "USER DATA - do not delete" > ex.db.lock
timeout 120 prlimit --as=4000000000 "$V" build good.txt --db ex.db
ls -la; cat ex.db.lock || echo "=> ex.db.lock (user data) is gone"
