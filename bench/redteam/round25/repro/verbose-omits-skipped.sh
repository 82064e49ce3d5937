#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# --verbose ("List every file skipped in folders, and why") does not list hidden files or paperwork, and the summary does not count them
mkdir f; printf 'Alpha\n\nAlpha text about Bergen in 1900.\n' > f/a.txt
printf 'Hidden\n\nHidden text about Oslo.\n' > f/.hidden.txt; printf 'MIT License\n\nPermission is hereby granted.\n' > f/LICENSE.txt
"$V" build f --db v.db -v; echo "exit $?"
