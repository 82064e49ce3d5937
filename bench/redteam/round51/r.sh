#!/bin/bash
# usage: r.sh ID CLASS TIMEOUT cmd...   (runs in cwd; logs in /work/redteam51/logs)
ID=$1; CLASS=$2; TO=$3; shift 3
L=/work/redteam51/logs
/usr/bin/time -f "%e %M" -o $L/$ID.time nice -n 10 timeout $TO prlimit --as=4000000000 "$@" >$L/$ID.out 2>$L/$ID.err </dev/null
RC=$?
read WALL RSS < <(tail -1 $L/$ID.time)
TB=no; grep -q "Traceback" $L/$ID.out $L/$ID.err && TB=YES
CTL=no; LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' $L/$ID.out $L/$ID.err && CTL=YES
printf '%s\t%s\trc=%s\twall=%ss\trss=%sKB\ttb=%s\tctl=%s\t%s\n' "$ID" "$CLASS" "$RC" "$WALL" "$RSS" "$TB" "$CTL" "$*" >> /work/redteam51/logs/results.tsv
echo "[$ID] rc=$RC wall=${WALL}s rss=${RSS}KB tb=$TB ctl=$CTL"
echo "--- stdout (head)"; head -c 1500 $L/$ID.out | cat -v; echo; echo "--- stderr (tail)"; tail -c 1500 $L/$ID.err | cat -v; echo
