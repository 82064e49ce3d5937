#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '# Depot journey\n\n*Sledging journal kept by Lieut. Henry Bowes ("Birdie")*\n\nLeft the hut on 5 March 1909.\n' > a.md
printf 'Midwinter\n\nMidwinter day, 22 June 1909. Birdie produced a cake.\n' > b.txt
printf 'Obituary\n\nHenry Bowes, known to every member of the expedition as "Birdie", was born in Greenock on 19 July 1883.\n' > c.txt
printf 'Return\n\nBirdie fell into a crevasse on 27 January 1910.\n' > d.txt
$V build a.md b.txt c.txt d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['id'], e['name'], e['aliases']) for e in json.load(sys.stdin)['entities'] if e['type']=='person']"
# expected: one person Henry Bowes with alias Birdie (the papers say so); observed: several separate 'Birdie' persons (person-birdie-XXXX), none joined to Henry Bowes
