#!/bin/bash
# usage: run.sh ID TIMEOUT cmd...   -> logs/ID.{out,err}, appends logs/runs.tsv
id=$1; to=$2; shift 2
cd /work/redteam43
s=$(date +%s.%N)
/usr/bin/time -f "%M" -o logs/$id.rss nice -n 10 timeout $to prlimit --as=4000000000 "$@" > logs/$id.out 2> logs/$id.err
rc=$?
e=$(date +%s.%N)
wall=$(python3 -c "print(round($e-$s,2))")
rss=$(tail -1 logs/$id.rss)
tb=$(grep -c Traceback logs/$id.err logs/$id.out | awk -F: '{s+=$2} END{print s}')
ctrl=$(cat logs/$id.out logs/$id.err | python3 -c "import sys,re;d=sys.stdin.buffer.read();print(len(re.findall(rb'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]',d)))")
printf "%s\trc=%s\twall=%s\trssKB=%s\ttb=%s\tctrl=%s\t%s\n" "$id" "$rc" "$wall" "$rss" "$tb" "$ctrl" "$*" >> logs/runs.tsv
printf "%s rc=%s wall=%s rss=%sKB tb=%s ctrl=%s\n" "$id" "$rc" "$wall" "$rss" "$tb" "$ctrl"
head -c ${SHOW:-1500} logs/$id.out; echo "--stderr--"; tail -c ${SHOWE:-1200} logs/$id.err
