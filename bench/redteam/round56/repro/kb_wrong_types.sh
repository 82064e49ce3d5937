#!/bin/bash
# D3: mission stations, election words and church-calendar feasts typed as people.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > a.md <<'X'
# Livingstonia removed to Bandawe

In 1881 the station of Livingstonia was moved to Bandawe, on the western shore of the lake. The school register at Bandawe counted 87 pupils at the end of 1881.
X
cat > b.txt <<'X'
Bandawe, the feast of St. Michael, 1882

The Community of the Holy Name opened St. Faith's at Rusape in Mashonaland on the feast of St. Michael 1892.
X
cat > c.txt <<'X'
Bristol West, General Election of January 1910: Result

Sir George Halford (Conservative) 6,001
Mr. Thomas Penrose (Liberal) 5,995
Majority 6

Turnout 88.2 per cent. Spoilt ballots 112.
X
cat > d.txt <<'X'
St. George's Ward, 1913

At the municipal election of 1 November 1913, Mrs. Eleanor Vane won St. George's ward. Turnout was 64 per cent.
X
$V build a.md b.txt c.txt d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]: print(e["id"], e["type"], e["name"])' | grep -E "^person-(bandawe|turnout|election|michael|faith)|^place-st|organization-.*(blantyre|dundee)"
echo "EXPECTED: no person named Bandawe / Turnout / Election / Michael / Faith; Bandawe one place entity"
