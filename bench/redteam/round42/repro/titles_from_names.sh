#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# File-name titles are lower-cased/slugged, and ids mix '_' (txt) and '-' (md/html).
echo "Unicode file about Exeter in 1852." > "Ĉeĥa_Notes.txt"; printf 'Plain words about Exeter in 1852.\n' > parish_notes.md; echo "more about Exeter 1853" > "my notes.txt"
$V build . --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; [print(x['id'],'|',x['title'],'|',x['source']) for x in json.load(sys.stdin)['documents']]"
