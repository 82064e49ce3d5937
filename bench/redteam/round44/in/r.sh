#!/bin/bash
# usage: r.sh ID [TIMEOUT] -- cmd...
ID=$1; shift; T=120; if [ "$1" != "--" ]; then T=$1; shift; fi; shift
L=/work/redteam44/logs
/usr/bin/time -f "%e %M" -o $L/$ID.time nice -n 10 timeout $T prlimit --as=4000000000 "$@" >$L/$ID.out 2>$L/$ID.err
rc=$?
read wall rss < <(tail -1 $L/$ID.time)
tb=no; grep -q "Traceback (most recent call last)" $L/$ID.out $L/$ID.err && tb=YES
cb=no; cat $L/$ID.out $L/$ID.err | LC_ALL=C grep -qaP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' && cb=YES
echo "[$ID] rc=$rc wall=${wall}s rss=$((rss/1024))MB tb=$tb ctrl=$cb"
echo "$ID|$rc|$wall|$((rss/1024))|$tb|$cb" >> $L/_runs.tsv
head -c ${SHOW:-1500} $L/$ID.out; echo "--stderr--"; head -c ${SHOW:-1500} $L/$ID.err
