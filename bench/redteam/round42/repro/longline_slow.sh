#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A 990 KB one-line text: 165 s at load 20 on 2 cores, and no entity found although 'Exeter' occurs 30,000 times.
python3 -c "open('l.txt','w').write('Hartwell wheelwright Exeter 1851 '*30000+'\n')"
/usr/bin/time -f '%e s %M KB' $V build l.txt --db t.db --time-limit 600 2>&1 | tail -3
