#!/bin/bash
# Low: a raw logging line (bare, or "WARNING:vitrina.build:..." in longer builds) duplicates the "Warning:" line, and both are repeated on every later build about a document not rebuilt.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
python3 -c "open('long.md','w').write('# T\n\n' + 'Paris and Berlin ' * 200 + 'in 1900.\n')"
printf 'Victor Hugo lived in Paris in 1851.\n' > other.txt
"$V" build --db t.db long.md other.txt
echo '--- rebuilding only other.txt:'
"$V" build --db t.db other.txt
