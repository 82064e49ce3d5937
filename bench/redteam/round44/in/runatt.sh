#!/bin/bash
# runatt.sh FILE : runs lines ID|CLASS|DESC|EXPRC|CMD
cd /work/redteam44; export V=/work/redteam44/venv/bin/vitrina NO_COLOR=1
while IFS='|' read -r id cls desc exp cmd; do
  [ -z "$id" ] && continue
  L=logs; 
  eval "/usr/bin/time -f '%e %M' -o $L/$id.time nice -n 10 timeout ${TO:-120} prlimit --as=4000000000 $cmd" >$L/$id.out 2>$L/$id.err </dev/null
  rc=$?
  read wall rss < <(tail -1 $L/$id.time)
  tb=no; grep -q "Traceback (most recent call last)" $L/$id.out $L/$id.err && tb=YES
  cb=no; cat $L/$id.out $L/$id.err | LC_ALL=C grep -qaP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' && cb=YES
  last=$(grep -v '^\s*$' $L/$id.err | tail -1 | cut -c1-220)
  v=PASS; [ "$rc" != "$exp" ] && v=CHECK; [ $tb = YES ] && v=FAIL; [ $cb = YES ] && v=FAIL; [ "$rc" = 124 ] && v=FAIL
  echo -e "$id\t$cls\t$desc\t$cmd\t$exp\t$rc\t$wall\t$((rss/1024))\t$tb\t$cb\t$v\t$last" >> logs/auto.tsv
  echo "[$id] exp=$exp rc=$rc ${wall}s $((rss/1024))MB tb=$tb ctrl=$cb $v :: $last"
done < $1
