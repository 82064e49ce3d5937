#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# unterminated quote in --authority CSV is reported as a bad 'type', not as the quote
printf 'name,type,aliases,lat,lon,identifier\n"Anna Kowalski,person,,,,\n' > auth.csv
printf 'Alpha\n\nAnna Kowalski lived in Gdansk in 1934.\n' > a.txt
"$V" build a.txt --db a.db --authority auth.csv; echo "exit $?"
# observed: Error: auth.csv: line 2: type '' is not one of person, … (the cause, an unclosed quote, is not named)
