#!/bin/bash
# Start-code (base) builds and scores for round 59. Usage: base.sh TREE OUTDIR
set -x
T=${1:-/work/base}; O=${2:-/work/r59eval/base}; mkdir -p $O
cd $T
PY="nice -n 10 env PYTHONPATH=$T/src /work/main/.venv/bin/python"
V="$PY -m vitrina"
S=/work/shared
{ time $PY bench/eval_ask.py --db build/dev.db --rebuild ; } > $O/devset.txt 2>&1
ls bench/annotations/ask_v*.jsonl | sort -V | awk -F'ask_v' '{split($2,a,".");if(a[1]>=48)print}' > $O/tune_files
{ time $PY bench/ask_classes.py $(cat $O/tune_files) --db build/dev.db --dump $O/tune_dump.jsonl ; } > $O/tune_classes.txt 2>&1
{ time $PY bench/layoutsets.py ; } > $O/layout.txt 2>&1
{ time $V build $S/seeds/*.txt $S/corpus/milestones bench/annotations/places-docs-v*/panel-*.txt --db build/places.db --fresh -j 2 ; } > $O/places_build.txt 2>&1
$PY bench/eval_geo_sets.py --db build/places.db --json $O/geo.json > $O/geo.txt 2>&1
$PY bench/persons_sets.py --db build/places.db > $O/persons.txt 2>&1
{ time $V build $S/seeds/*.txt $S/corpus/milestones bench/annotations/pairs-docs*/panel-*.txt --db build/pairs.db --fresh -j 2 ; } > $O/pairs_build.txt 2>&1
$PY bench/eval_compare.py build/pairs.db bench/annotations/pairs.jsonl bench/annotations/pairs_v*.jsonl --dump $O/pairs_dump.jsonl > $O/pairs.txt 2>&1
echo BASEDONE > $O/DONE
