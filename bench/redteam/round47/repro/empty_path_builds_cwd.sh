#!/bin/bash
# D10: an empty PATH argument ("" — e.g. an unset shell variable) builds the whole current folder instead of a usage error
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
mkdir private; printf 'Private notes of someone else: Jonas Feld owes 5 pounds.\n' > private/notes.txt
printf 'A second unrelated file about Carrow Fen.\n' > other.md
DIR=""   # the user meant to set this
"$V" build "$DIR" --db out/t.db; echo "exit $?"
"$V" search Feld --db out/t.db
echo "expected: exit 2, 'Error: Invalid value for PATHS: is empty' (as --db \"\" does); observed: the current folder is read recursively and built"
