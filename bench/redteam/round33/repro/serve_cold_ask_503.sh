#!/bin/bash
# DEF-10: right after `vitrina serve` starts, concurrent /ask requests (or a single one on a busy machine) all get 503 "the query took too long"
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
for i in $(seq 100 419); do printf "Workshop $i\n\nThe workshop of coopers number $i. In $((1500+i)) the cooper Anna Berg$i opened workshop number $i in Brno. It employed $((i+3)) apprentices.\n" > w$i.txt; done
"$V" build . --db t.db >/dev/null 2>&1
"$V" serve --db t.db --port 8799 > serve.log 2>&1 & S=$!; sleep 5
curl -s -o /dev/null http://127.0.0.1:8799/; curl -s -o /dev/null http://127.0.0.1:8799/timeline
P=""; for i in 1 2 3 4; do curl -s -o a$i.html -w "ask $i: HTTP %{http_code} in %{time_total}s\n" "http://127.0.0.1:8799/ask?q=When%20was%20workshop%20number%2015$i%20opened%3F" & P="$P $!"; done; wait $P
grep -ho 'the query took too long' a*.html | sort | uniq -c
curl -s -o /dev/null -w "same question again: HTTP %{http_code}\n" "http://127.0.0.1:8799/ask?q=When%20was%20workshop%20number%20151%20opened%3F"
kill $S
echo "expected: 200 with answers (perhaps slower); observed: 503 'the query took too long' for every first concurrent ask"
