#!/bin/bash
cd /work/redteam49
while IFS=$'\t' read -r id q truth kind; do
  ./h.py ASK-$id ask "$q" "$truth" "\$V ask $(printf %q "$q") --db db/main.db --json" >/dev/null
done < questions.tsv
echo ALLDONE
