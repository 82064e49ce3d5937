#!/bin/bash
# Entity ids are positional suffixes (-2, -3): deleting one document makes an id name a different person.
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir c
echo "Dear John, the weather in Exeter was fine in 1853." > c/a_letter.txt
echo "John was baptised in Tiverton in 1818." > c/b_register.txt
echo "John went to sea in 1870 from Bideford." > c/c_interview.txt
$V build c --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; d=json.load(sys.stdin); [print('before',e['id'],sorted({m['document'] for m in e['mentions']})) for e in d['entities'] if e['id'].startswith('person-john')]"
rm c/a_letter.txt; $V build c --db t.db --replace-all >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; d=json.load(sys.stdin); [print('after ',e['id'],sorted({m['document'] for m in e['mentions']})) for e in d['entities'] if e['id'].startswith('person-john')]"
echo "expected: a surviving entity keeps its id; a removed id is not reused for someone else"
