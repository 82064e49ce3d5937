#!/bin/bash
# The entities (type, name) of the red team collections 39/42/45/46 and the places panels v36-v40, built with one
# code tree, one TSV a set: run it for two trees and diff the folders (round 46 redrecords).
#   bash bench/entities_diff.sh SRC_DIR OUT_DIR     e.g. SRC_DIR=src, or an exported older tree's src
set -euo pipefail
SRC=$(realpath "$1"); OUT=$2; ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"; mkdir -p "$OUT"
PY=${PY:-python}
sets=(
 "rt46:bench/redteam/round46/in/coll" "rt45:bench/redteam/round45/in/oh" "rt42:bench/redteam/round42/in/coll"
 "rt39:bench/redteam/round39/in/exhibit"
 "panels:$(ls -d bench/annotations/places-docs-v3[6-9]/*.txt bench/annotations/places-docs-v40/*.txt | tr '\n' ' ')"
)
for s in "${sets[@]}"; do
  name=${s%%:*}; paths=${s#*:}
  rm -f "$OUT/$name.db"*
  # shellcheck disable=SC2086
  nice -n 10 env PYTHONPATH="$SRC" "$PY" -m vitrina build $paths --db "$OUT/$name.db" >/dev/null 2>"$OUT/$name.err"
  nice -n 10 env PYTHONPATH="$SRC" "$PY" -m vitrina export --db "$OUT/$name.db" --format json | "$PY" -c '
import json, sys
for e in json.load(sys.stdin)["entities"]:
    print(e["type"], e["name"], sep="\t")' | sort > "$OUT/$name.tsv"
done
