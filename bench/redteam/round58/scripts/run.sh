#!/bin/bash
# usage: run.sh ID [--t600] cmd...
ID=$1; shift
T=120; if [ "$1" = "--t600" ]; then T=600; shift; fi
L=/work/redteam58/logs
start=$(date +%s.%N)
nice -n 10 timeout $T prlimit --as=4000000000 /usr/bin/time -f "%M" -o $L/$ID.rss "$@" > $L/$ID.out 2> $L/$ID.err
rc=$?
end=$(date +%s.%N)
wall=$(python3 -c "print(round($end-$start,2))")
rss=$(tail -1 $L/$ID.rss 2>/dev/null)
tb=$(grep -c "Traceback" $L/$ID.out $L/$ID.err | awk -F: '{s+=$2} END{print s}')
ctrl=$(python3 - "$L/$ID.out" "$L/$ID.err" <<'PY'
import sys
n=0
for f in sys.argv[1:]:
    b=open(f,'rb').read()
    n+=sum(1 for c in b if (c<32 and c not in (9,10,13)) or c==127)
print(n)
PY
)
printf "%s\trc=%s\twall=%s\trssKB=%s\ttb=%s\tctrl=%s\n" "$ID" "$rc" "$wall" "$rss" "$tb" "$ctrl" | tee -a $L/runs.tsv
head -c 1500 $L/$ID.out; echo "--stderr--"; tail -c 1500 $L/$ID.err
