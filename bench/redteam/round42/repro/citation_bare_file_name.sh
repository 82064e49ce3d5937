#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# Two files called letter.txt in different folders: every citation says just 'letter.txt'.
mkdir -p a b; echo "Ann Hartwell married William Cobley in 1843." > a/letter.txt; echo "Thomas Hartwell sailed for Adelaide in 1852." > b/letter.txt
$V build a b --db t.db >/dev/null 2>&1
$V search "Hartwell" --db t.db --json | python3 -c "import json,sys; [print(h['document'],h['source']) for h in json.load(sys.stdin)['hits']]"
$V export --db t.db --format annotations | python3 -c "import json,sys; print({i['target']['input']['file'] for i in json.load(sys.stdin)['first']['items'] if isinstance(i['target'],dict)})"
echo "expected: a/letter.txt and b/letter.txt (a path that leads to the file)"
