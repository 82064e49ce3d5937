#!/bin/bash
# D8: 24,000 distinct names "PersonN Smith"/"PersonN Jones" collapse into ~290 entities (e.g. person-person224-smith with 7,701 mentions).
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "open('many.txt','w').write('Many\n\n'+'. '.join(f'Person{i} Smith met Person{i+1} Jones in Paris in {1800+i%200}' for i in range(12000))+'.\n')"
$V build many.txt --db m.db >/dev/null 2>&1
$V export --db m.db --format csv -o out >/dev/null; sort -t, -k8 -n -r out/entities.csv | head -5
