#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 -c "open('w.txt','w').write(' '.join(['Riga']*200000)+'\n')"
/usr/bin/time -f 'wall %e s, max RSS %M KB' $V build w.txt --db t.db 2>&1 | tail -3
# 1 MB (under 1 MiB) input: observed 70 s and 487 MB on 2 shared cores; a 1 MB single-word line: 35 s
