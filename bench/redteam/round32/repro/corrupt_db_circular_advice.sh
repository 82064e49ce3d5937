#!/bin/bash
# Defect: a damaged database is reported with "rebuild it with `vitrina build`", but vitrina build
# (even --fresh --replace-all) refuses it with the same message: no way forward is given.
. "$(dirname "$0")/_common.sh"
printf 'Harbour\n\nIn 1941 Maria Kowalska arrived in Gdańsk.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
python3 -c '
import os; d=bytearray(open("x.db","rb").read())
for off in range(8192, len(d)-4096, 8192): d[off:off+4096]=os.urandom(4096)
open("x.db","wb").write(d)'
"$V" export --db x.db --format json > /dev/null; echo "export exit $?"
"$V" build a.txt --db x.db --fresh --replace-all; echo "build exit $?"
