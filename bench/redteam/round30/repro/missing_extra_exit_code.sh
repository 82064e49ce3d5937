#!/bin/bash
# Defect: the same class of error (an optional extra not installed) exits 2 for --workers
# but 1 for a postgresql:// --db. A missing dependency is not a usage error.
V=${V:-/work/redteam30/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
echo "Leningrad was besieged in 1941." > a.txt
"$V" build a.txt --db a.db --workers 2; echo "rc=$? (--workers without vitrina[scale])"
"$V" build a.txt --db postgresql://me@127.0.0.1/x; echo "rc=$? (postgresql:// without vitrina[postgres])"
