#!/bin/bash
# D3 (high): `build --replace-all` naming only a file that is refused (binary, empty, corrupt)
# drops every document of the exhibit and rewrites the database, yet ends with
# "Nothing built (...); database t.db left unchanged".
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska visited Gdansk in 1934.\n' > good.txt
printf 'x\0\1\2\3\4\5' > junk.txt
"$V" build --db t.db good.txt >/dev/null 2>&1
echo "documents before: $("$V" export --db t.db | python3 -c 'import json,sys;print(len(json.load(sys.stdin)["documents"]))')"
"$V" build --db t.db --replace-all junk.txt; echo "exit=$?"
echo "documents after:  $("$V" export --db t.db | python3 -c 'import json,sys;print(len(json.load(sys.stdin)["documents"]))')"
# expected: nothing built => database really left unchanged (1 document)
# observed: "Dropped: .../good.txt (--replace-all)", "... left unchanged", and 0 documents remain
