#!/bin/bash
# Father and son both named John Hartwell (elder/younger, different dates) become ONE entity.
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > tree.md <<'X'
# Hartwell family
John Hartwell the elder was born c. 1790 at Tiverton and was buried in 1864, aged 74.
His son John Hartwell the younger was baptised on 12 Mar 1818 and was buried on 30 Nov 1889, aged 71.
X
$V build tree.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([ (e['id'],e['name'],len(e['mentions'])) for e in d['entities'] if 'john' in e['id']])"
echo "expected: two John Hartwell persons"
