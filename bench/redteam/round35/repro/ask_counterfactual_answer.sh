#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Petition\n\nIn 1809 the settlers petitioned the legislature for a county seat.\n\nHad the legislature refused, the county seat would have gone to Chillicothe.\n' > p.txt
$V build --db t.db p.txt >/dev/null 2>&1
$V ask --db t.db "Where did the county seat go?"; echo "(expected: the sources don't say; observed: Chillicothe, from a counterfactual)"
