#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# A Windows-1252 text is decoded silently; the README promises a warning that names the detected encoding.
printf 'The cur\xe9 of Lampaul wrote \x93Monseigneur\x94 on 24 mars 1711 \x97 fa\xe7ade.\n' > cp.txt
$V build cp.txt --db x.db; echo "exit=$?"   # expect a 'Warning: cp.txt: … encoding …' line
