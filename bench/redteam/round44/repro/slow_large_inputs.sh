#!/bin/bash
# Inputs of about 1 MB take minutes: an 880 KB one-line text (~100 s, 656 MB at load 8-14) and a 1 MB zip of 10,000 notes (>180 s).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "open('longline.txt','w').write('Letter from Long Line\n\n' + 'Mr. Long Line wrote from Riga on 3 May 1788 ' * 20000 + '\n')"
/usr/bin/time -f "longline.txt (880 KB): %e s, %M KB max RSS" $V build longline.txt --db a.db 2>&1 | grep -v '^building'
python3 -c "
import zipfile
with zipfile.ZipFile('many.zip','w') as z:
    [z.writestr(f'm/{i:05}.txt', f'Note {i}.') for i in range(10000)]"
/usr/bin/time -f "many.zip (10,000 members, ~1 MB): %e s, %M KB max RSS" timeout 300 $V build many.zip --db b.db 2>&1 | grep -v '^building' | tail -3
