#!/bin/bash
# A byte-identical copy under another name is a second, independent document: double hits, double mentions, 'agree' with itself.
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir c
echo "On Tuesday a fire broke out in the workshop of Mr. John Hartwell, wheelwright, at Ashcombe Parva in June 1862. The loss was 120 pounds." > c/clip.txt
cp c/clip.txt c/clip_copy.txt
$V build c --db t.db 2>&1 | tail -1
$V search "fire workshop" --db t.db
$V compare --db t.db | tail -3
echo "expected: the copy recognised as a duplicate"
