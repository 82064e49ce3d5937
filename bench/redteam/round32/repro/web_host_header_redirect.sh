#!/bin/bash
# Defect: the trailing-slash redirect builds an absolute Location from the client's Host header.
. "$(dirname "$0")/_common.sh"
printf 'Harbour\n\nIn 1941 Maria Kowalska arrived in Gdańsk.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
start_serve x.db
curl -s -D - -o /dev/null -H 'Host: evil.example' "http://127.0.0.1:$PORT/documents/a/" | grep -i '^location'
stop_serve
