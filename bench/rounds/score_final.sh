#!/bin/bash
# Final scoring of round 59 on TREE (held-out sets copied in): two streams on two cores.
T=${1:-/work/final}; O=${2:-/work/r59eval/final}; mkdir -p $O; cd $T
PY="nice -n 5 env PYTHONPATH=$T/src /work/main/.venv/bin/python"
V="$PY -m vitrina"
S=/work/shared
stream_a() {
  { time $PY bench/eval_ask.py --db build/dev.db --rebuild ; } > $O/devset.txt 2>&1
  /work/r59eval/score_new.sh $T $O ask > $O/new_ask.log 2>&1
  { time $V build $S/seeds/*.txt $S/corpus/milestones bench/annotations/pairs-docs*/panel-*.txt --db build/pairs41.db --fresh -j 1 ; } > $O/pairs41_build.txt 2>&1
  $PY bench/eval_compare.py build/pairs41.db bench/annotations/pairs.jsonl bench/annotations/pairs_v*.jsonl --dump $O/pairs_dump.jsonl > $O/pairs.txt 2>&1
  { time $PY bench/ask_classes.py $(cat ${TUNE_FILES:-/work/r59eval/base/tune_files}) --db build/dev.db --dump $O/tune_dump.jsonl ; } > $O/tune_classes.txt 2>&1
  echo A > $O/DONE_A
}
stream_b() {
  : layout scored in /work/flayout
  { time $V build $S/seeds/*.txt $S/corpus/milestones bench/annotations/places-docs-v*/panel-*.txt --db build/places60.db --fresh -j 1 ; } > $O/places60_build.txt 2>&1
  $PY bench/eval_geo_sets.py --db build/places60.db --json $O/geo60.json > $O/geo60.txt 2>&1
  $PY bench/persons_sets.py --db build/places60.db > $O/persons60.txt 2>&1
  echo B > $O/DONE_B
}
stream_a & stream_b & wait
echo FINALDONE > $O/DONE
