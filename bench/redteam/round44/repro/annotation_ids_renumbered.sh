#!/bin/bash
# W3C annotation ids are positions: adding one document renumbers most of them (urn:vitrina:annotation:N now names another annotation).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Letter from William Ashby\n\nMr. William Ashby wrote from Boston on 2 December 1787 to Mr. Johann Hartmann at Halle.\n' > a.txt
printf 'Letter from Zora Zed\n\nMrs. Zora Zed wrote from Riga on 3 May 1788.\n' > z.txt
printf 'Letter from Alpha Aaron\n\nMr. Alpha Aaron wrote from Riga on 4 May 1788.\n' > b.txt
$V build a.txt z.txt --db t.db >/dev/null 2>&1; $V export --db t.db --format annotations -o before.json >/dev/null 2>&1
$V build b.txt --db t.db >/dev/null 2>&1;        $V export --db t.db --format annotations -o after.json >/dev/null 2>&1
python3 - <<'PY'
import json
A={x['id']:x['body'] for x in json.load(open('before.json'))['first']['items']}
B={x['id']:x['body'] for x in json.load(open('after.json'))['first']['items']}
ch=[k for k in A if A[k]!=B.get(k)]
print(f'{len(ch)} of {len(A)} annotation ids now name a different annotation, e.g.', ch[:1])
if ch: print(' before:', json.dumps(A[ch[0]])[:150], '\n after: ', json.dumps(B[ch[0]])[:150])
PY
