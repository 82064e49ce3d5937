#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# Baptism entries: the child is dropped from (or misnamed in) the event; the father 'is baptised'.
cat > reg.txt <<'X'
REGISTER OF BAPTISMS
1821. bapt. 4 Jun 1821 Ann, daughter of John Hartwell, wheelwright, and Mary his wife.
1849. bapt. 7 Oct 1849 Mary Ann, daughter of John Hartwell the younger and Eliza his wife.
1862. bapt. 3 Feb 1862 Samuel, son of John Hartwell the younger and Eliza his wife.
X
$V build reg.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; [print(e['date']['text'],'|',e['label'],'|',e['participants']) for e in json.load(sys.stdin)['events']]"
echo "expected: 1821 -> Ann, 1849 -> Mary Ann, 1862 -> Samuel"
