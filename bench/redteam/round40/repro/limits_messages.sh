#!/bin/bash
# D12: --time-limit 1 fails even a tiny file (start-up seems to count); bad schema in a PG URL exits 1 not 2.
. "$(dirname "$0")/_common.sh"
echo "John By wrote to Esther By on 14 March 1827." > tiny.txt
$V build --time-limit 1 tiny.txt --db t.db; echo "rc=$? (observed: 'took longer than 1 s')"
$V search canal --db 'postgresql://u@127.0.0.1:1/x?schema=a;drop'; echo "rc=$? (expected 2 for a usage error; observed 1)"
