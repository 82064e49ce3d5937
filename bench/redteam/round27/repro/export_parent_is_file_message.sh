#!/bin/bash
# Low: exporting to a path whose parent is a regular file reports "File exists" (misleading).
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'Victor Hugo lived in Paris in 1851.\n' > doc.txt; "$V" build --db t.db doc.txt 2>/dev/null
"$V" export --db t.db --format json -o doc.txt/out.json; echo "exit $?"   # Error: doc.txt: File exists
