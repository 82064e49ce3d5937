#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '# Walton Gaol Register, 1884\n\n| Reg. No. | Name | Offence | Sentence |\n|---|---|---|---|\n| 4452 | William Henry Nelson | Larceny | three calendar months |\n| 4417 | John Doyle | Assault | six months |\n\nOccurrence: At 11.40 p.m. P.C. 212 Smith brought in John Doyle, labourer. Reg. No. 4417.\n\nPassenger List - S.S. Poona, Bombay to Liverpool, 1882.\n' > reg.md
$V build reg.md --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect no persons Reg/Assault/Larceny/Sentence, P.C. 212 Smith a person, no place John Doyle, S.S. Poona a vessel:"; cut -d, -f1-3 csv/entities.csv
