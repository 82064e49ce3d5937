#!/bin/bash
# DEF-9: README says --replace-all "also replaces a damaged vitrina database"; a truncated vitrina database (its header still carries vitrina's application_id) is refused as "not a vitrina database"
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'Harbour\n\nIn 1923 Maria Kowalska arrived in Gdansk.\n' > a.txt
"$V" build a.txt --db good.db && head -c 5000 good.db > t.db
python3 -c "print('application_id:', open('t.db','rb').read(100)[68:72])"
"$V" build a.txt --db t.db --replace-all; echo "exit $? (expected: the damaged database replaced; observed: Error: t.db: not a vitrina database; refusing to replace it)"
