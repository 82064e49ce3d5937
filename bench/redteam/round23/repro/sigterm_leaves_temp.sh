#!/bin/bash
# D5 (low): a build ended by SIGTERM (as `timeout` sends) leaves .DB.*.tmp and
# .DB.staging.*.tmp files (21 MB seen) beside the database until a later build of that database.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 -c "
open('p.txt','w').write('Many paras\n\n'+''.join('Para %d. Erik Larsen met Anna Berg in Oslo in %d.\n\n'%(i,1900+i%100) for i in range(3000)))"
timeout -s TERM 25 "$V" build --db t.db p.txt; echo "exit=$?"
sleep 2; ls -la "$T" | grep -i 'tmp\|lock'
