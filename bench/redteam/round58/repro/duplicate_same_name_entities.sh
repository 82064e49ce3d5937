#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Leader report\n\nThe ship Marjorie sailed from Lyttelton, New Zealand, on 29 November 1908.\n' > a.txt
printf 'Ship report\n\nThe Marjorie left Lyttelton a second time on 18 February 1910.\n' > b.txt
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['id'], e['type'], e['lat'], e['lon']) for e in json.load(sys.stdin)['entities']]"
# expected: one Lyttelton, one ship Marjorie; observed (in the collection): place-lyttelton-XXXX twice (one without coordinates) and vessel-marjorie + person-marjorie
