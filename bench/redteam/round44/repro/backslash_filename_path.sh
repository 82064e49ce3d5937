#!/bin/bash
# A backslash in a POSIX file name is shown as '/' in annotations, CSL, web page + JSON twin (exports json/csv/tei keep it).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Letter from Anna Back\n\nMr. Karl Back wrote from Riga on 3 May 1788.\n' > 'a\b.txt'
$V build 'a\b.txt' --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o j.json 2>/dev/null; $V export --db t.db --format annotations -o a.json 2>/dev/null; $V export --db t.db --format csl -o c.json 2>/dev/null
echo "json source:        $(grep -o '"source": "[^"]*"' j.json | head -1)"
echo "annotations file:   $(grep -o '"file": "[^"]*"' a.json | head -1)"
echo "csl source:         $(grep -o '"source": "[^"]*"' c.json | head -1)"
echo "expected: a\\\\b.txt everywhere; a/b.txt does not exist: $(ls a/b.txt 2>&1)"
