#!/bin/bash
# Score round 58's fresh sets on TREE (its build/ databases from base.sh); usage: new.sh TREE OUT WHAT...
# WHAT: ask | places | pairs | layout79 | layout80
set -x
T=$1; O=$2; shift 2; mkdir -p $O; cd $T
PY="nice -n 10 env PYTHONPATH=$T/src /work/main/.venv/bin/python"
V="$PY -m vitrina"
for w in "$@"; do case $w in
ask) $PY bench/eval_ask.py bench/annotations/ask_v59.jsonl --db build/dev.db -v > $O/ask_v59_eval.txt 2>&1
     $PY bench/ask_classes.py bench/annotations/ask_v59.jsonl --db build/dev.db --dump $O/ask_v59_dump.jsonl > $O/ask_v59_classes.txt 2>&1 ;;
places) cp build/places.db build/places59.db
     { time $V build /work/shared/seeds/*.txt /work/shared/corpus/milestones bench/annotations/places-docs-v*/panel-*.txt --db build/places59.db -j 2 ; } > $O/places59_build.txt 2>&1
     $PY bench/eval_geo_sets.py --db build/places59.db --json $O/geo59.json > $O/geo59.txt 2>&1
     $PY bench/persons_sets.py --db build/places59.db > $O/persons59.txt 2>&1 ;;
pairs) cp build/pairs.db build/pairs40.db
     { time $V build /work/shared/seeds/*.txt /work/shared/corpus/milestones bench/annotations/pairs-docs*/panel-*.txt --db build/pairs40.db -j 2 ; } > $O/pairs40_build.txt 2>&1
     $PY bench/eval_compare.py build/pairs40.db bench/annotations/pairs_v40.jsonl --dump $O/pairs40_dump.jsonl > $O/pairs40.txt 2>&1 ;;
layout79) $PY bench/layoutsets.py handlaid-79 > $O/layout79.txt 2>&1 ;;
layout80) $PY bench/layoutsets.py handlaid-80 > $O/layout80.txt 2>&1 ;;
esac; done
echo NEWDONE "$@" >> $O/DONE_NEW
