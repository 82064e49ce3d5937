#!/bin/bash
cd /work/redteam40
n=1
while IFS=$'\t' read -r q exp; do
  id=$(printf "Q%03d" $n)
  ./run.sh $id ask "pack" "$exp" -- /work/redteam40/venv/bin/vitrina ask "$q" --db pack.db --json > /dev/null
  n=$((n+1))
done < qa/questions.tsv
echo done > qa/done
