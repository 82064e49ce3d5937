#!/bin/bash
V=${V:-/work/redteam59/venv/bin/vitrina}; export V
# usage: run.sh ID [TIMEOUT] -- cmd...
ID=$1; shift; T=120
if [ "$1" != "--" ]; then T=$1; shift; fi
shift
L=/work/redteam59/logs
/usr/bin/time -f "%e %M" -o $L/$ID.time nice -n 10 timeout $T prlimit --as=4000000000 "$@" >$L/$ID.out 2>$L/$ID.err
RC=$?
read W M < <(tail -1 $L/$ID.time)
TB=no; grep -q "Traceback (most recent call last)" $L/$ID.out $L/$ID.err && TB=YES
CB=no; if LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' $L/$ID.out $L/$ID.err; then CB=YES; fi
echo "$ID rc=$RC wall=${W}s rss=$((M/1024))MB tb=$TB ctrl=$CB" | tee -a $L/summary.txt
echo "--- stdout ($(wc -c <$L/$ID.out)B):"; head -c ${HEADN:-600} $L/$ID.out | cat -v; echo
echo "--- stderr:"; head -c ${HEADN:-800} $L/$ID.err | cat -v; echo
