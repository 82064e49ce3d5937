#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "Finding Longitude: Harrison's Sea Clocks\n\nIntroduction\n\nFor centuries a ship out of sight of land could not tell its longitude.\n\nIn 1714 Parliament passed the Longitude Act.\n" > intro.txt
"$V" build intro.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csl 2>/dev/null
echo "Expected title: Finding Longitude: Harrison's Sea Clocks; observed: Introduction (the real title becomes a body paragraph)"
