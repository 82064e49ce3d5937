#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: quotations said by titled judges get no speaker; Q/A testimony is not attributed
cat > j.md <<'X'
# Keller v. Varga

"The contract was plain and the defendant broke it," said Judge Penrose.

"The fees were paid in advance, as the receipts show," said Lord Justice Hamblin.

"You were trusted by Clara Webb and you betrayed her," said Mr. Justice Crale.

"Keller's Ludmila was the finest singing heard in this city," wrote Harriet Moss.
X
"$V" build j.md --db t.db >/dev/null 2>&1
"$V" export --db t.db -o t.json >/dev/null
python3 -c "
import json; d=json.load(open('t.json'))
for q in d['quotes']: print(repr(q['speaker']), '|', q['text'][:50])
print('DEFECT REPRODUCED' if sum(q['speaker'] is None for q in d['quotes'])>=3 else 'not reproduced')"
