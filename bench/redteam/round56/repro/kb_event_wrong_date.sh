#!/bin/bash
# D1: an event takes a date from another clause/person: "John Thomas Harris died 1919" (his widow died 1919),
# "John Thomas Harris was ordained 1841" (born 1841).
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > obit.txt <<'X'
The Rev. John Thomas Harris (1841-1902)

The Rev. John Thomas Harris, founder of Livingstonia, died at Dundee on 3 March 1902. Born at Perth in 1841, he was ordained in 1868. He married Margaret Ogilvie in 1874; she survived him and died in 1919.
X
$V build obit.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["events"]: print(e["date"]["edtf"], "|", e["label"], "|", e["participants"])' | grep -E "died|ordained"
echo "EXPECTED: Harris died 1902-03-03 only; ordained 1868 only. A '1919 John Thomas Harris died' or '1841 ... ordained' line is the defect."
