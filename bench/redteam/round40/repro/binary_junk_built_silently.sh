#!/bin/bash
# D10: 20 KB of random bytes named .txt is built as a document, with no warning.
. "$(dirname "$0")/_common.sh"
python3 -c 'import random; open("junk.txt","wb").write(bytes(random.Random(1).randrange(256) for _ in range(20000)))'
$V build junk.txt --db t.db; echo "rc=$?"
$V export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(repr(d["documents"][0]["text"][:120]))'
# expected: refused ("unsupported format (binary data)") as for a file with NUL bytes; observed: 1 document of garbage, rc 0, no warning
