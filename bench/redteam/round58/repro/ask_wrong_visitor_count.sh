#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > riga_day.txt <<'X'
Riga Day at the Exhibition

Riga Day, 15 August 1912, brought the greatest crowd of the season: 87,350 visitors passed the gates, and the receipts were 26,205 roubles.

In the evening the Palace of Electricity was lit by 12,000 lamps.

On the previous Sunday only 23,100 visitors had come, because of the rain.
X
$V build riga_day.txt --db t.db >/dev/null 2>&1
$V ask "How many visitors came on Riga Day?" --db t.db --json
# expected: 87,350 visitors (or no answer); observed: "only 23,100 visitors" with confidence ~0.7
