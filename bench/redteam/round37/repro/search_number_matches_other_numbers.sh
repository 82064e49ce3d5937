#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D8: searching an amount with a thousands separator matches other amounts ("80,000" finds 35,000 and 95,000)
printf 'Costs\n\nThe museum welcomes about 35,000 visitors a year.\n\nThe hall was rebuilt at a cost of 95,000 crowns.\n' > costs.txt
$V build costs.txt --db x.db >/dev/null 2>&1
$V search "80,000" --db x.db          # observed: 2 matches (35,000 and 95,000); quoted "80,000" gives none
