#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
python3 -c "
import zipfile
with zipfile.ZipFile('many.zip','w') as z:
    for i in range(10000): z.writestr(f'm/{i}.txt', f'Note {i} on the comet.\n')"
ls -la many.zip
/usr/bin/time -f 'wall %e s, max RSS %M KB' nice -n 10 timeout 900 $V build many.zip --db t.db 2>&1 | tail -3
echo "EXPECTED: ~230 KB of text builds in seconds; observed 207 s (2-core machine under load)"
