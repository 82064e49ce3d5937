#!/bin/bash
# usage: run.sh ID CLASS "INPUT" "EXPECTED" [T=120] -- cmd...
# Records rc, wall, maxrss, traceback, control bytes into logs/results.tsv
ID=$1; CLS=$2; INP=$3; EXP=$4; shift 4
T=120; if [ "$1" != "--" ]; then T=$1; shift; fi; shift
L=/work/redteam56/logs
s=$(date +%s.%N)
/usr/bin/time -f "%M" -o $L/$ID.rss nice -n 10 timeout $T prlimit --as=4000000000 "$@" >$L/$ID.out 2>$L/$ID.err
rc=$?
e=$(date +%s.%N)
wall=$(python3 -c "print(round($e-$s,2))")
rss=$(tail -1 $L/$ID.rss)
tb=$(grep -c "Traceback" $L/$ID.out $L/$ID.err | awk -F: '{s+=$2} END{print s}')
cb=$(cat $L/$ID.out $L/$ID.err | python3 -c "import sys;d=sys.stdin.buffer.read();print(sum(1 for b in d if (b<32 and b not in (9,10,13)) or b==127))")
printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$ID" "$CLS" "$INP" "$*" "$EXP" "$rc" "$wall" "$rss" "$tb" "$cb" >> $L/results.tsv
echo "[$ID] rc=$rc wall=${wall}s rss=${rss}KB tb=$tb ctrl=$cb"
head -c ${SHOW:-1500} $L/$ID.out; echo "--stderr--"; head -c ${SHOW:-1500} $L/$ID.err
