#!/bin/bash
# D7: a 674 KB plain text (12,000 short sentences) takes about a minute and ~750 MB to build (measured 63 s wall at load ~10 on 2 cores).
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "open('many.txt','w').write('Many\n\n'+'. '.join(f'Person{i} Smith met Person{i+1} Jones in Paris in {1800+i%200}' for i in range(12000))+'.\n')"
/usr/bin/time -f 'wall=%es maxrss=%MKB' $V build many.txt --db m.db
