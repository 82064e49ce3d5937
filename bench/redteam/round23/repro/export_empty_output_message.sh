#!/bin/bash
# D7 (low): `export -o ''` says ". is a folder" (the user gave no folder); `-o -` writes a file
# literally named "-" instead of standard output.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska led a strike in 1934.\n' > a.txt
"$V" build --db t.db a.txt >/dev/null 2>&1
"$V" export --db t.db --format json -o ''; echo "exit=$?"
"$V" export --db t.db --format json -o -; echo "exit=$?"; ls -l -- -
"$V" search x --db "mysql://me@host/x"; echo "exit=$?"   # shown as mysql:/me@host/x: no such database
"$V" search x --db ''; echo "exit=$?"          # ".: no such database", exit 1
"$V" publish --db t.db --static ''; echo "exit=$?"  # ". is not empty and holds no site ...", exit 1
