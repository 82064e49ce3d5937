#!/bin/bash
# usage: r.sh ID [TIMEOUT] -- cmd...
ID=$1; shift; TO=120; if [ "$1" != "--" ]; then TO=$1; shift; fi; shift
L=/work/redteam54/logs
s=$(date +%s.%N)
/usr/bin/time -f "%M" -o $L/$ID.rss nice -n 10 timeout $TO prlimit --as=4000000000 "$@" > $L/$ID.out 2> $L/$ID.err < /dev/null
rc=$?
e=$(date +%s.%N)
w=$(python3 -c "print(round($e-$s,1))")
rss=$(tail -1 $L/$ID.rss)
tb=$(grep -c "Traceback" $L/$ID.out $L/$ID.err | awk -F: '{s+=$2} END{print s}')
ctrl=$(cat $L/$ID.out $L/$ID.err | python3 -c "import sys;d=sys.stdin.buffer.read();print(sum(1 for b in d if (b<32 and b not in (9,10,13)) or b==127))")
echo "$ID rc=$rc wall=${w}s rss=${rss}KB tb=$tb ctrl=$ctrl" | tee -a $L/summary.txt
