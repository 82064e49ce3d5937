#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: compare calls witnesses of two different cases a contradiction ("person named: Josef Brandt or Clara Webb"); with the full collection also the hearing (15 June) vs judgment (30 June 1926) dates
printf 'Keller v. Varga\n\nThe matter is listed for hearing before His Honour Judge Arthur Penrose on 15 June 1926.\n\nWitness: Josef Brandt, sworn.\n' > a.txt
printf 'Keller v. Varga: judgment\n\nJudgment delivered 30 June 1926 by His Honour Judge Arthur Penrose.\n' > b.txt
printf 'Transcript: In re A.B. (a minor), 2 April 1927\n\nWitness: Clara Webb, sworn.\n' > c.txt
"$V" build a.txt b.txt c.txt --db t.db >/dev/null 2>&1
"$V" compare --db t.db --verdict differ
