#!/bin/bash
# D3: the web /compare filter silently ignores an invalid verdict (HTTP 200, filters.verdict=null), while the CLI rejects it (exit 2)
# and other web filters (/graph?type=bogus, /entities?type=bogus) answer 400.
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'T\n\nAda Lovelace was born in London in 1815.\n' > a.txt; $V build a.txt --db x.db >/dev/null 2>&1
$V compare --db x.db --verdict bogus; echo "cli exit=$?"
($V serve --db x.db --port 8766 & echo $! > pid); sleep 8
curl -s -w ' [%{http_code}]\n' 'http://127.0.0.1:8766/compare.json?verdict=bogus'
curl -s -o /dev/null -w '/entities?type=bogus [%{http_code}]\n' 'http://127.0.0.1:8766/entities?type=bogus'
kill $(cat pid)
