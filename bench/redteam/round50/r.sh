#!/bin/bash
# usage: r.sh ID TIMEOUT cmd...   ; runs in /work/redteam50, records to logs/results.tsv
cd /work/redteam50
id=$1; to=$2; shift 2
s=$(date +%s.%N)
nice -n 10 /usr/bin/time -f "%M" -o logs/$id.rss timeout $to prlimit --as=4000000000 "$@" > logs/$id.out 2> logs/$id.err
rc=$?
e=$(date +%s.%N)
wall=$(python3 -c "print(round($e-$s,1))")
rss=$(tail -1 logs/$id.rss)
tb=$(grep -c "Traceback" logs/$id.out logs/$id.err | awk -F: '{s+=$2} END{print s}')
cc=$(cat logs/$id.out logs/$id.err | python3 -c "import sys;d=sys.stdin.buffer.read();print(sum(1 for b in d if (b<32 and b not in (9,10,13)) or b==127))")
printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$id" "$rc" "$wall" "$rss" "$tb" "$cc" "$*" >> logs/results.tsv
echo "[$id] rc=$rc wall=${wall}s rss=${rss}KB tb=$tb ctl=$cc"
head -c ${SHOWN:-1500} logs/$id.out; echo "--stderr--"; head -c ${SHOWN:-1500} logs/$id.err
