#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Treaty of Marlow\n\nAmos Crane died in 1830 in Richmond, Virginia.\n\nThomas Harlan was born in 1771 in Lancaster, Pennsylvania.\n\nThe Harlan mill burned in 1811.\n' > one.txt
printf 'Notes on Fort Hale\n\nAmos Crane died in 1836 in Charleston, South Carolina.\n\nThomas Harlan was born in 1773 in York, Pennsylvania.\n\nThe Harlan mill burned in 1814, not long after the war began.\n' > two.txt
$V build --db t.db one.txt two.txt >/dev/null 2>&1
$V compare --db t.db
echo "(expected: DIFFER for Crane's death year and place, Harlan's birth year and place, the mill's year; observed: death not compared at all, birth/mill only UNCERTAIN, places not compared)"
