#!/bin/bash
# usage: run.sh ID cmd...   -> logs/ID.out, logs/ID.err, logs/ID.meta
cd /work/redteam55
ID=$1; shift
T=${T:-120}
start=$(date +%s.%N)
nice -n 10 timeout $T prlimit --as=4000000000 /usr/bin/time -f '%M' -o logs/$ID.rss "$@" > logs/$ID.out 2> logs/$ID.err
rc=$?
end=$(date +%s.%N)
wall=$(echo "$end - $start" | bc)
rss=$(tail -1 logs/$ID.rss 2>/dev/null)
tb=$(grep -c 'Traceback' logs/$ID.out logs/$ID.err | awk -F: '{s+=$2} END{print s}')
ctl=$(cat logs/$ID.out logs/$ID.err | LC_ALL=C grep -c -P '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
echo "rc=$rc wall=${wall}s rss=${rss}KB tb=$tb ctl=$ctl" | tee logs/$ID.meta
