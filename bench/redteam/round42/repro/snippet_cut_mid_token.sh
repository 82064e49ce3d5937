#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A search snippet starts inside '[pause]'.
printf 'DH: Great-uncle Thomas went to Australia. And Jack — John the third, they called him — he went to sea and was drowned off Lundy in 1877. [pause] Mother kept his sea chest.\n' > i.txt
$V build i.txt --db t.db >/dev/null 2>&1; $V search "sea chest" --db t.db
