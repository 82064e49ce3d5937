#!/bin/bash
# FAIL: a non-UTF-8 byte in a command-line argument gives "Error: internal error: UnicodeEncodeError ..." (ask, search --document).
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
printf 'The Siege of Leningrad\n\nOn 8 September 1941, German forces encircled Leningrad.\n' > good.txt
timeout 120 prlimit --as=4000000000 "$V" build good.txt --db g.db 2>/dev/null
"$V" ask $'Who encircled \xe9 Leningrad?' --db g.db; echo "exit=$?"
"$V" search Leningrad --document $'\xff' --db g.db; echo "exit=$?"
"$V" search $'Lenin\xffgrad' --db g.db >/dev/null; echo "search query with the same byte: exit=$? (works)"
