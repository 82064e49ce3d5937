#!/bin/bash
# Low: README says publish "never deletes, and says how many files already in DIR it left in place"; it refuses any non-empty folder instead.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'Victor Hugo lived in Paris in 1851.\n' > doc.txt; "$V" build --db t.db doc.txt 2>/dev/null
mkdir site; echo mine > site/notes.txt
"$V" publish --db t.db --static site; echo "exit $?"
