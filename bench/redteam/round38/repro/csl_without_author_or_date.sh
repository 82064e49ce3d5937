#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# CSL-JSON items of dated, signed letters carry no 'issued' and no 'author'.
printf 'Bristol, 14 March 1887\n\nMy dear Thomas,\n\nThe mill is busier than ever.\n\nYours ever,\nEleanor Vance\n' > letter.txt
"$V" build letter.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csl
