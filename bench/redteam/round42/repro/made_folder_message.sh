#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# Two missing folders are made but the message names only the first.
echo "About Exeter in 1851." > a.txt; $V build a.txt --db new1/new2/x.db 2>&1 | grep -i made; ls -d new1/new2
