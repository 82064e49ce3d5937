cd /work/redteam55
mkdir -p db/h
i=0
for f in in/h/H* in/h/-H18_dash.txt; do
  b=$(basename "$f" | tr -c 'A-Za-z0-9_.\n-' '_' | cut -c1-20)
  id=HB_$(basename "$f" | cut -c1-4 | tr -d -)
  rm -f db/h/$id.db
  if [ "$(basename "$f")" = "-H18_dash.txt" ]; then
    ./run.sh $id venv/bin/vitrina build --db db/h/$id.db -- "$f" > /dev/null
  else
    ./run.sh $id venv/bin/vitrina build --db db/h/$id.db "$f" > /dev/null
  fi
  echo "$id	$f	$(cat logs/$id.meta)	$(ls db/h/$id.db 2>/dev/null)" >> logs/hostall.tsv
done
echo done > logs/hostall.done
