cd /work/redteam52/in; rm -f conc.db*
V=/work/redteam52/venv/bin/vitrina
nice -n 10 $V build club --db conc.db > /tmp/rt52_c1.log 2>&1 & A=$!
sleep 1
nice -n 10 $V build univ --db conc.db > /tmp/rt52_c2.log 2>&1 & B=$!
wait $A; echo "A rc=$?"; wait $B; echo "B rc=$?"
tail -2 /tmp/rt52_c1.log; tail -2 /tmp/rt52_c2.log
$V export --db conc.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('docs', len(d['documents']))"
