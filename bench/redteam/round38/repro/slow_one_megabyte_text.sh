#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A 940 KB plain-text file (one long line, 160k words) takes ~94 s on two cores.
python3 -c "open('long.txt','w').write('Eleanor Vance wrote to Thomas Albright in 1887 ' * 20000)"
time "$V" build long.txt --db t.db
