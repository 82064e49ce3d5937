#!/bin/bash
# Cosmetic: "1 documents", "1 mentions", "0 dated events from 1 documents".
. "$(dirname "$0")/_common.sh"
printf 'Harbour\n\nIn 1941 Maria Kowalska arrived in Gdańsk.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
"$V" export --db x.db --format timelinejs | grep -o '[0-9]* dated events from 1 documents'
start_serve x.db
curl -s "http://127.0.0.1:$PORT/" | grep -o '1 documents[^.]*'
curl -s "http://127.0.0.1:$PORT/search" | grep -o '[a-z]*, 1 mentions' | head -2
stop_serve
