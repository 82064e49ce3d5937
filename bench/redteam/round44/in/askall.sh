cd /work/redteam44
while IFS=$'\t' read id kind q truth; do
  SHOW=0 ./r.sh ASK_$id -- venv/bin/vitrina ask "$q" --db db/ed.db --json > /dev/null
done < questions.tsv
