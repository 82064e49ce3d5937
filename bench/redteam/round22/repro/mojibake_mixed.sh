#!/bin/bash
# FAIL: a file mixing UTF-8 and latin-1 is silently decoded as latin-1 (no warning); its UTF-8 part becomes mojibake.
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
python3 -c "
open('mixed.txt','wb').write('Mixed\n\nThis is UTF-8: café Zürich.\n'.encode()+'This is latin-1: café Zürich.\n'.encode('latin-1'))"
timeout 120 prlimit --as=4000000000 "$V" build mixed.txt --db m.db; echo "exit=$? (no Warning line above = silent)"
"$V" export --db m.db --format json | grep -o '"text": "[^"]*"' | head -2
