#!/bin/bash
# The encoding warning repeats its own text twice in one line.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "open('r.txt','wb').write('Письмо Петра Соколова\n\nПётр Соколов писал из Петербурга.\n'.encode('cp1251'))"
$V build r.txt --db t.db 2>&1 | grep Warning
