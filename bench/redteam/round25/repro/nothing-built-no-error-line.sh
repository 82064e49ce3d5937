#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# exit 1 but no one-line 'Error: …' when a folder holds no supported file
mkdir empty; mkdir other; printf 'x' > other/notes.rtf
"$V" build empty --db e.db; echo "exit $?"
"$V" build other --db e.db; echo "exit $?"
# expected: 'Error: empty: no supported files …' (stderr shows only 'Nothing built (no supported files found); …')
