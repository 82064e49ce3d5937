#!/bin/bash
# D1: `export --format tei` dies with "internal error: ValueError" when a document's
# source file name holds a control character, after writing part of the folder.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
mkdir in
printf 'A first\n\nErik Larsen visited Oslo in 1920.\n' > in/a.txt
printf 'Escape name\n\nAnna Berg lived in Rome in 1930.\n' > in/$'b\x1b[31m.txt'
"$V" build --db t.db in >/dev/null 2>&1
"$V" export --db t.db --format tei -o tei; echo "exit=$?"
echo "files left in tei/:"; ls tei
# expected: exit 0 and 2 well-formed TEI files (control char escaped/dropped in <idno>)
# observed: Error: internal error: ValueError: All strings must be XML compatible ... exit=1, a partial folder
