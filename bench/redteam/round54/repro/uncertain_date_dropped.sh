#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '# Register 1884\n\n| Reg. No. | Name | Received |\n|---|---|---|\n| 4452 | William Henry Nelson | about April 1884 |\n\n15th March 1884. During the night of the 14th\xe2\x80\x9315th the warehouse in Vauxhall Road was broken into.\n' > r.md
$V build r.md --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect 1884-04~ and 1884-03-14/1884-03-15:"; cat csv/dates.csv
