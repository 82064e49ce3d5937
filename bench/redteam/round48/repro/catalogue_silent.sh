#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: a duplicate catalogue key silently drops a record; a record matching no document is not mentioned
printf 'Maria Keller sang Ludmila in Leeds on 3 May 1923.\n' > P01_programme.txt
printf 'identifier,title\nP01,First title\nP01,Second title\nIMG1,Photo of the hall\n' > cat.csv
"$V" build P01_programme.txt --db t.db --catalogue cat.csv
"$V" export --db t.db -o t.json >/dev/null
python3 -c "import json; print(json.load(open('t.json'))['documents'][0]['catalogue'])"
echo "(expected: a warning about the duplicate key P01 and the unmatched record IMG1)"
