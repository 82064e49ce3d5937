#!/bin/bash
# D7: (in the full 12-document collection J. T. Harris was also split in two: person-j-t-harris-5f3539 / -74b6cf)
# one person split and a woman kept apart under her married name though the paper says
# in so many words that she is the same person.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Baptisms\n\nOn Whit Sunday 1879 the Rev. J. T. Harris baptised five converts at Cape Maclear.\n' > a.txt
printf 'Founding\n\nLivingstonia was founded on 12 October 1875 by the Rev. J. T. Harris. The Rev. J. T. Harris wrote: "We have planted the flag."\n' > b.txt
printf 'Obituary\n\nThe Rev. John Thomas Harris, founder of Livingstonia, died at Dundee on 3 March 1902.\n' > c.txt
printf 'Mary Nyirenda, teacher\n\nMary Nyirenda taught at Bandawe from 1883. In 1890 she married Andrew Chinyama and became Mary Chinyama. She is the same person as the Mary Nyirenda of the school register.\n' > d.txt
$V build a.txt b.txt c.txt d.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]:
    if e["type"]=="person": print(e["id"], e["name"], e.get("aliases"))' | grep -E "harris|mary"
echo "EXPECTED: one J. T. Harris entity; Mary Chinyama an alias of Mary Nyirenda"
