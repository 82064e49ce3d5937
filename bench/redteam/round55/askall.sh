cd /work/redteam55
while IFS=$'\t' read id kind q truth; do
  ./run.sh ASK_$id venv/bin/vitrina ask "$q" --db db/main.db --json > /dev/null
done < questions.tsv
echo done > logs/askall.done
