#!/bin/bash
# D12: naming a supported file that is a byte copy of a document already in the exhibit
#      -> "Error: nothing built (no supported files found)", exit 1
. "$(dirname "$0")/_common.sh"
mkdir a b
printf 'The Paris Studio opened in Coventry in 1919.\n' > a/studio.txt
cp a/studio.txt b/studio-copy.txt
$V build a/studio.txt --db t.db 2>&1 | tail -1
$V build b/studio-copy.txt --db t.db; echo "exit=$?"
echo "EXPECTED: 'Copy: b/studio-copy.txt has the same bytes as a/studio.txt' and exit 0, not 'no supported files found'"
