#!/bin/bash
# Defect: every other command refuses a damaged database with one line; serve starts on it, answers 500
# on every page and prints full Python tracebacks (also when the database is deleted while serving).
. "$(dirname "$0")/_common.sh"
printf 'Harbour\n\nIn 1941 Maria Kowalska arrived in Gdańsk.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
python3 -c '
import os; d=bytearray(open("x.db","rb").read())
for off in range(8192, len(d)-4096, 8192): d[off:off+4096]=os.urandom(4096)
open("x.db","wb").write(d)'
"$V" search Gdansk --db x.db; echo "search exit $?"
start_serve x.db
curl -s -o /dev/null -w "GET / -> %{http_code}\n" "http://127.0.0.1:$PORT/"
curl -s -w "  (%{http_code})\n" "http://127.0.0.1:$PORT/search.json?q=Gdansk"
stop_serve
echo "tracebacks in serve output: $(grep -c Traceback serve.log)"; grep -m1 -A3 Traceback serve.log
