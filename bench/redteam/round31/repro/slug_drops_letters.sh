#!/bin/bash
# D4: entity/document ids drop letters without an ASCII decomposition: "Lech Wałęsa" -> person-lech-waesa (not ...-walesa).
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Strike\n\nLech Wałęsa led the strike in Gdańsk in August 1980. Lech Wałęsa won the Nobel Peace Prize in 1983.\n' > łódź.txt
$V build łódź.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o out >/dev/null; cut -d, -f1,3 out/entities.csv; cut -d, -f1,2 out/documents.csv
