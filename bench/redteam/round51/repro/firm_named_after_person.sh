#!/bin/bash
# D04: mentions of the firm "Harrison & Sons" are linked to the person Edith/Thomas Harrison
. "$(dirname "$0")/_common.sh"
cat > h.md <<'X'
# History

Thomas Harrison founded Harrison & Sons in Coventry in 1887. He died in 1911.

In 1896 the firm was renamed the Harrison Cycle Company. The old name Harrison & Sons was kept on the letterhead until 1921.
X
cat > m.txt <<'X'
Harrison & Sons — Minutes of the Board of Directors

Present: Edith Harrison (in the chair), George Abbott.

It was resolved that Harrison & Sons and the Boston Rubber Works be merged.
X
$V build h.md m.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 - <<'P'
import json; d=json.load(open('k.json')); docs={x['id']:x['text'] for x in d['documents']}
for e in d['entities']:
    if e['type']=='person':
        for m in e['mentions']:
            t=docs[m['document']]
            ctx=t[m['start']:m['end']+8]
            if '&' in ctx or 'Cycle' in ctx: print('DEFECT:', e['id'], 'mention', repr(ctx))
P
