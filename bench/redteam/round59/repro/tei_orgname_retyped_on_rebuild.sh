#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
mkdir c
cat > c/a.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Obituary</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p><persName>Thomas William Brannock</persName> joined the <orgName>Harcourt Observatory</orgName> in <date when="1876">1876</date>.</p></body></text></TEI>
X
printf 'Circular\n\nA comet was discovered by Brannock, assistant at the Harcourt Observatory, in 1882.\n\nIn 1913 the Harcourt Observatory left Kingstown.\n' > c/b.txt
printf 'Letter\n\nTo the Rev. Dr. A. J. Lyle, Harcourt Observatory, Kingstown, 1875.\n' > c/c.txt
run $V build c --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('before', sorted(e['id'] for e in d['entities'] if 'harcourt' in e['id']))"
rm c/c.txt
run $V build c --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('after ', sorted(e['id'] for e in d['entities'] if 'harcourt' in e['id']))"
echo "EXPECTED: ids of entities in unchanged documents stay; observed place-harcourt-observatory (from unchanged b.txt) became other-harcourt-observatory after removing c.txt. In the full collection (w/obs, OBS-11 removed) the TEI <orgName> itself became place-harcourt-observatory."
