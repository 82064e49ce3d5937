#!/bin/bash
# FAIL: C1 control characters (U+009B = 8-bit CSI) from a document are printed raw by search --json, ask --json, export json to stdout.
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
python3 -c "
open('c1.txt','w').write('C1 title \u009b31m x\n\nChurchill in London \u0085 1940 with C1 CSI \u009b2J here.\n'+'More text about Paris. '*50)"
timeout 120 prlimit --as=4000000000 "$V" build c1.txt --db c.db
echo "raw C1 bytes (C2 80-9F) in search --json:"; "$V" search Churchill --db c.db --json | LC_ALL=C grep -a -c $'\xc2[\x80-\x9f]'
echo "in ask --json:"; "$V" ask "What about Churchill in London?" --db c.db --json | LC_ALL=C grep -a -c $'\xc2[\x80-\x9f]'
echo "in export --format json (stdout):"; "$V" export --db c.db --format json | LC_ALL=C grep -a -c $'\xc2[\x80-\x9f]'
echo "in plain search (expected 0):"; "$V" search Churchill --db c.db | LC_ALL=C grep -a -c $'\xc2[\x80-\x9f]'
