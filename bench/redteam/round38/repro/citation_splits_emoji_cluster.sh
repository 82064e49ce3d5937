#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A sentence boundary falls inside a ZWJ emoji sequence: the citation starts with a lone '👧'.
python3 -c "open('e.txt','w').write('Eleanor 👩‍👩‍👧 Vance wrote 🔥 about the fire 🔥 on 2 March 1889. 🏭\n'*50)"
"$V" build e.txt --db t.db 2>/dev/null
"$V" ask "who wrote about the fire?" --db t.db
