#!/bin/bash
# D5: after a file is renamed and rebuilt, the source map still names the old file (ask citations, annotations
# export, TEI @source, published pages), though the document and JSON export use the new name.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir box
printf 'Mary Nyirenda, teacher\n\nMary Nyirenda, baptised at Cape Maclear at Whitsuntide 1879, married Andrew Chinyama in 1890.\n' > box/old_name.txt
$V build box --db t.db >/dev/null 2>&1
mv box/old_name.txt box/new_name.txt
$V build box --db t.db 2>&1 | grep -i renamed
$V ask "Who did Mary Nyirenda marry?" --db t.db --json | grep '"file"'
$V export --db t.db --format annotations 2>/dev/null | grep -c 'old_name.txt' | sed 's/^/annotations citing old_name.txt: /'
$V export --db t.db --format tei -o tei >/dev/null 2>&1; grep -o 'source="[^"]*"' tei/*.xml | sort | uniq -c
echo "EXPECTED: box/new_name.txt everywhere; old_name.txt no longer exists"
