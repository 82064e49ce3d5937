#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "Intro\n\nThis exhibition follows John Harrison, a carpenter from Yorkshire, through forty years of work on four sea timekeepers.\n" > a.txt
printf "Panel\n\nJohn Harrison, the Yorkshire carpenter, worked on H3 for nineteen years, from 1740 to 1759.\n" > b.txt
"$V" build a.txt b.txt --db t.db >/dev/null 2>&1
"$V" compare --db t.db --verdict differ
echo "Expected: no contradiction (career length vs one clock); observed: DIFFER 'forty years' / 'nineteen years'"
