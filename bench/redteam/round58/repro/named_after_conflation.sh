#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > western.txt <<'X'
Report of the Western Geological Party

The Western Party — Lindahl, Dr. Penmore and Mr. Fenwick — left Cape Garrick on 10 November 1909.

On 2 December 1909 we reached the summit of a peak of 6,300 feet, which we named Fenwick Peak after our photographer, who was the first man on top.
X
cat > closing.txt <<'X'
The Close of the Exhibition

The Palace of Electricity was pulled down in 1913. Lindqvist Hall was kept and became the Riga Exhibition Hall.
X
$V build western.txt closing.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['id'], e['type'], [m['text'] for m in e['mentions']]) for e in json.load(sys.stdin)['entities'] if 'fenwick' in e['id'] or 'lindqvist' in e['id']]"
# expected: person Fenwick apart from place Fenwick Peak; Lindqvist Hall a building, not a person
# observed: person-fenwick-peak (type person) holding both 'Fenwick' and 'Fenwick Peak'; person-lindqvist-hall
