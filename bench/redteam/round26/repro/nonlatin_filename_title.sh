#!/bin/bash
# usage: V=/path/to/vitrina ./THIS.sh
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# Files whose names are not Latin and whose text has no title line get the title and id "document", "document-2" ...
printf 'Первый документ. Иван Петров приехал в Москву в 1945 году.\n' > дом.txt
printf 'Второй документ. Анна жила в Киеве в 1930 году.\n' > мир.txt
$V build дом.txt мир.txt --db x.db && $V search Москву --db x.db
