#!/bin/bash
# D6 (low): search --date refuses EDTF open intervals ("../1941", "1941/..") as unreadable,
# although --help says it takes an "EDTF date or range".
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska led a strike in 1934.\n' > a.txt
"$V" build --db t.db a.txt >/dev/null 2>&1
"$V" search strike --date 1934 --db t.db | tail -1
"$V" search strike --date ../1941 --db t.db; echo "exit=$?"
