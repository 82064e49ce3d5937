cd /work/redteam46; V=$PWD/venv/bin/vitrina
while IFS=$'\t' read id cat q truth; do SHOW=0 SHOWE=0 ./r.sh $id ask-$cat -- $V ask "$q" --db db/main.db --json >/dev/null; done < asks.tsv
echo DONE > logs/asks.done
