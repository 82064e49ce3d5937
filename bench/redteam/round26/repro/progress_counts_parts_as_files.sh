#!/bin/bash
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# One large file is analysed in parts; the progress lines say "1/3 files" although one file was given.
python3 -c "
import random; random.seed(1)
open('big.txt','w').write(' '.join('In %d Anna Petrova travelled from Paris to Berlin, where the museum collected %d letters.' % (random.randint(1850,1990), random.randint(2,900)) for _ in range(12000)))"
$V build big.txt --db x.db 2>&1 | grep -E 'building|built'
