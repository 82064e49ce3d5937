#!/bin/bash
# Medium: --replace-all naming only a file that now fails drops the other documents, yet says "database ... left unchanged".
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf '# Letters\n\nVictor Hugo lived in Paris in 1851.\n' > a.md
printf 'Diary\n\nKarl Timmermann reached Remagen on 7 March 1945.\n' > b.txt
"$V" build --db t.db a.md b.txt 2>&1 | tail -1
md5sum t.db
head -c 2000 /dev/urandom > a.md            # a.md is now unreadable junk
"$V" build --db t.db --replace-all a.md; echo "exit $?"
md5sum t.db
"$V" export --db t.db --format json | python3 -c "import json,sys; print('documents now:', [d['id'] for d in json.load(sys.stdin)['documents']])"
