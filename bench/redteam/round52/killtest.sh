cd /work/redteam52/in
setsid nice -n 10 prlimit --as=4000000000 /work/redteam52/venv/bin/vitrina build h/longline.txt univ --fresh --db kill.db > /tmp/rt52_kill.log 2>&1 &
P=$!; sleep ${1:-12}; kill -${2:-KILL} -- -$P; wait $P; echo "build rc=$?"
ls -la kill.db* ; /work/redteam52/venv/bin/vitrina export --db kill.db --format json -o /tmp/rt52_k2.json && cmp /tmp/rt52_k1.json /tmp/rt52_k2.json && echo IDENTICAL
ls -a | grep -i -E "stag|tmp|vitrina-" ; true
