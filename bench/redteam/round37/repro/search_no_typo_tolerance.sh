#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D9: search finds nothing for a one-letter misspelling and suggests nothing ("No matches."), while ask tolerates the same misspelling
printf 'The Founding\n\nAnna Kessler founded the Kessler Glassworks in Bratislava in 1887.\n' > f.txt
$V build f.txt --db x.db >/dev/null 2>&1
$V search glasworks --db x.db
$V ask "Who foundid the Kesler glasworks?" --db x.db
