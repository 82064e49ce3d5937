#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# 'Qtr 2 1911' loses its quarter; 'aged 74' is not extracted; Markdown table rows become event labels with pipes.
printf '# Burials\n\n| Year | Entry | Age |\n|---|---|---|\n| 1864 | bur. 22 Jan 1864 John Hartwell the elder | aged 74 |\n| 1901 | bur. 1901 Eliza Hartwell | aged 76 |\n\nSamuel Hartwell, death registered Qtr 2 1911, aged 49.\n' > b.md
$V build b.md --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; d=json.load(sys.stdin); print([(x['text'],x['edtf']) for x in d['documents'][0]['dates']]); print([q['text'] for q in d['quantities']]); print([e['label'] for e in d['events']])"
