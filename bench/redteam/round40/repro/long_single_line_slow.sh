#!/bin/bash
# D11: a 1.3 MB text that is one long line takes more than 120 s to build (measured at load 15-24).
. "$(dirname "$0")/_common.sh"
python3 -c 'open("longline.txt","w").write("John By built the canal in 1827 " * 40000)'
/usr/bin/time -f "%e s %M KB" timeout 120 $V build longline.txt --db t.db; echo "rc=$? (124 = still running after 120 s)"
