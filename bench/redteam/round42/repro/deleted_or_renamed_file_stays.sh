#!/bin/bash
# A file deleted from (or renamed inside) a folder given to build stays in the exhibit, silently; a rename duplicates it.
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir c
echo "Thomas Hartwell sailed to Adelaide in 1852 in the ship Marion." > c/letter.txt
echo "Ann Hartwell married William Cobley in 1843." > c/marriage.txt
$V build c --db t.db 2>&1 | tail -1
mv c/letter.txt c/letter_renamed.txt
$V build c --db t.db -v 2>&1 | tail -2
$V search "Marion" --db t.db
echo "expected: the document of letter.txt dropped (or at least a warning that its file is gone); one hit, not two"
