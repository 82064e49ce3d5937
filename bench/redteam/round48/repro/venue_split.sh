#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: one venue becomes three entities of three types; 'Mr. Lyle' and 'Edward Lyle KC' not joined; names glued across lines
printf 'WALLACE HALL, LEEDS\nProgramme\n\nMaria Keller as Ludmila\nJosef Brandt as Count Orsino\n' > a.txt
printf '# Review\n\nLudmila opened at the Wallace Hall in Leeds on 3 May 1923.\n' > b.md
printf '<html><body><p>A.B. appeared in the play Georgia at the <b>Wallace Hall</b> in 1926.</p></body></html>' > c.html
printf 'Counsel for the plaintiff: Mr. Edward Lyle KC.\n\nWitness: Josef Brandt, sworn. Examined by Mr. Lyle.\n' > d.txt
"$V" build a.txt b.md c.html d.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db -o t.json >/dev/null
python3 -c "
import json; d=json.load(open('t.json'))
print([(e['id']) for e in d['entities'] if 'allace' in e['name'] or 'Lyle' in e['name'] or 'Ludmila' in e['name'] or e['name']=='A.B.'])"
