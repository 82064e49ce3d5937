#!/bin/bash
# Defect: /entities?page=N past the end answers 200 (JSON: "page":99999,"pages":1; HTML with several pages: "Page 99999 of 2" + Previous link to 99998),
# while page=0 is a 400 and other pagers (timeline, compare, mentions) answer 404 "no page N".
. "$(dirname "$0")/_common.sh"
printf 'Harbour\n\nIn 1941 Maria Kowalska arrived in Gdańsk with Jan Kowalski.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
start_serve x.db
B=http://127.0.0.1:$PORT
curl -s -o /dev/null -w "entities?page=0      -> %{http_code}\n" "$B/entities?page=0"
curl -s -o p.html -w "entities?page=99999  -> %{http_code}\n" "$B/entities?page=99999"; grep -o 'Page [0-9]* of [0-9]*\|href="[^"]*page=99998"' p.html
curl -s -w "  (%{http_code})\n" "$B/entities.json?page=99999"
curl -s -w "  (%{http_code})\n" "$B/timeline.json?page=2"
stop_serve
