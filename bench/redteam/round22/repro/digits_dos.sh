#!/bin/bash
# FAIL: a 250 KB text of random numbers makes the build run >120 s and >1.5 GB RSS,
# even with --time-limit 10 (the analysis itself finishes at ~33 s; the stage after it never ends in time).
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
python3 -c "
import random; random.seed(1)
open('digits.txt','w').write('Nums\n\n'+' '.join(str(random.randint(1,3000)) for _ in range(55000))+'\n')"
/usr/bin/time -f "elapsed=%es maxrss=%MKB" timeout 120 prlimit --as=4000000000 "$V" build digits.txt --db d.db --time-limit 10
echo "exit=$?  (124 = still running after 120 s)"; ls -la "$D"
