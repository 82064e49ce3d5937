#!/bin/bash
# usage: run.sh ID CLASS "INPUT desc" "EXPECTED" -- cmd...
# records rc, wall, rss, traceback, control bytes into logs/ID.* and rows.tsv (observed filled later by judge)
ID=$1; CLASS=$2; INPUT=$3; EXPECT=$4; shift 4; [ "$1" = "--" ] && shift
cd /work/redteam53
T=${T:-120}
/usr/bin/time -f "%e %M" -o logs/$ID.time nice -n 10 timeout $T prlimit --as=4000000000 "$@" > logs/$ID.out 2> logs/$ID.err < /dev/null
RC=$?
read WALL RSS < <(tail -1 logs/$ID.time)
TB=$(grep -c "Traceback (most recent" logs/$ID.out logs/$ID.err | awk -F: '{s+=$2} END{print s}')
CTL=$(cat logs/$ID.out logs/$ID.err | LC_ALL=C grep -c -P '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
echo "$ID rc=$RC wall=${WALL}s rss=${RSS}KB tb=$TB ctl=$CTL"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$ID" "$CLASS" "$INPUT" "$(echo "$*" | sed 's#/work/redteam53/##g' | cut -c1-160)" "$EXPECT" "$RC" "$WALL" "$RSS" "tb=$TB ctl=$CTL" >> raw.tsv
head -c ${SHOW:-600} logs/$ID.out; echo "--err--"; head -c ${SHOW:-600} logs/$ID.err; echo
