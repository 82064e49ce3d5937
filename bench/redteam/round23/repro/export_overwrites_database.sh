#!/bin/bash
# D9 (high): `export -o FILE` silently overwrites the exhibit's own database (or any other
# vitrina database) with the export, exit 0: the whole exhibit is gone.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska led a strike in 1934.\n' > a.txt
"$V" build --db t.db a.txt >/dev/null 2>&1
"$V" export --db t.db --format json -o t.db; echo "exit=$?"
file t.db
"$V" search strike --db t.db; echo "exit=$?"
# expected: refused (the output is the database being read / a vitrina database), as --db refuses
# to replace other programs' files; observed: "Wrote 1 document to t.db", then "not a vitrina database"
