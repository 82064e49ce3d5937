#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Ledger\n\nThe ferry at Athens, Ohio, carried 1,450 passengers between 1 May 1806 and 30 April 1807.\n' > l.txt
$V build --db t.db l.txt >/dev/null 2>&1
$V ask --db t.db --json "How many passengers did the ferry carry?" | python3 -c "import json,sys; c=json.load(sys.stdin)['citations'][0]; print('ask --json citation keys:', sorted(c))"
$V search --db t.db passengers --json | python3 -c "import json,sys; h=json.load(sys.stdin)['hits'][0]; print('search --json hit keys:', sorted(h))"
echo "(expected: a source {file,page,line,column} as /ask.json of vitrina serve gives; observed: none in CLI JSON)"
