#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# 'Mary Hartwell (née Pascoe)' and 'Mary Pascoe' stay two people; an e-mail about Samuel Hartwell splits him from the family tree's Samuel.
cat > tree.md <<'X'
# Family
John Hartwell married Mary Pascoe on 9 May 1815. Mary Hartwell (née Pascoe) was the daughter of Richard Pascoe.
Samuel Hartwell, born 1862, married Edith Loram in 1886 and became headmaster in 1892.
X
printf 'From: Peter Okafor <p@example.org>\nDate: Tue, 5 Mar 2024 10:14:02 +0000\nSubject: Samuel\n\nSamuel Hartwell, death registered Qtr 2 1911, aged 49.\n' > mail.txt
$V build tree.md mail.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; [print(e['id'],'|',e['name'],'|',sorted({m['document'] for m in e['mentions']})) for e in json.load(sys.stdin)['entities'] if e['type']=='person']"
echo "expected: one Mary (Pascoe/Hartwell); one Samuel Hartwell"
