#!/bin/bash
# D5: a first line in Arabic (RTL) is not taken as the document title; the file name is used instead (a Latin first line is).
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'عنوان المعرض\n\nChopin lived in Paris in 1831. Chopin was born in Warsaw in 1810.\n' > rtl.txt
printf 'Exhibit title\n\nChopin lived in Paris in 1831. Chopin was born in Warsaw in 1810.\n' > ltr.txt
$V build rtl.txt ltr.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o out >/dev/null; cat out/documents.csv
