#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 -c "print(' '.join(['John Doyle alias O\'Doyle was fined 40s. on 3 May 1884 at Bow Street.']*12000))" > line.txt
ls -la line.txt; /usr/bin/time -f "wall %e s, max RSS %M KB" $V build line.txt --db t.db
