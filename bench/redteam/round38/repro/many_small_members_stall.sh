#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A ZIP of 10,050 five-word letters (270 KB of text) shows 0/10,000 files for minutes and does not finish in 120 s.
python3 - <<'X'
import zipfile
z=zipfile.ZipFile('many.zip','w')
for i in range(10050): z.writestr(f'm/{i:05d}.txt', f'Letter {i}. Eleanor Vance.\n')
z.close()
X
time timeout 120 "$V" build many.zip --db t.db; echo "rc=$?"
