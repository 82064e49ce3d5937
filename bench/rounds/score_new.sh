#!/bin/bash
# Score round 59's fresh sets on TREE (its build/ databases from base.sh); usage: new.sh TREE OUT WHAT...
# WHAT: ask | places | pairs | layout81 | layout82
set -x
T=$1; O=$2; shift 2; mkdir -p $O; cd $T
PY="nice -n 10 env PYTHONPATH=$T/src /work/main/.venv/bin/python"
V="$PY -m vitrina"
for w in "$@"; do case $w in
ask) $PY bench/eval_ask.py bench/annotations/ask_v60.jsonl --db build/dev.db -v > $O/ask_v60_eval.txt 2>&1
     $PY bench/ask_classes.py bench/annotations/ask_v60.jsonl --db build/dev.db --dump $O/ask_v60_dump.jsonl > $O/ask_v60_classes.txt 2>&1 ;;
places) cp build/places.db build/places60.db
     { time $V build /work/shared/seeds/*.txt /work/shared/corpus/milestones bench/annotations/places-docs-v*/panel-*.txt --db build/places60.db -j 2 ; } > $O/places60_build.txt 2>&1
     $PY bench/eval_geo_sets.py --db build/places60.db --json $O/geo60.json > $O/geo60.txt 2>&1
     $PY bench/persons_sets.py --db build/places60.db > $O/persons60.txt 2>&1 ;;
pairs) cp build/pairs.db build/pairs41.db
     { time $V build /work/shared/seeds/*.txt /work/shared/corpus/milestones bench/annotations/pairs-docs*/panel-*.txt --db build/pairs41.db -j 2 ; } > $O/pairs41_build.txt 2>&1
     $PY bench/eval_compare.py build/pairs41.db bench/annotations/pairs_v41.jsonl --dump $O/pairs41_dump.jsonl > $O/pairs41.txt 2>&1 ;;
layout81) $PY bench/layoutsets.py handlaid-81 > $O/layout81.txt 2>&1 ;;
layout82) $PY bench/layoutsets.py handlaid-82 > $O/layout82.txt 2>&1 ;;
esac; done
echo NEWDONE "$@" >> $O/DONE_NEW
