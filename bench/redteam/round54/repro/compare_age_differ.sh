#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Passenger List, S.S. Poona, Bombay to Liverpool, sailed 4 January 1882\n\nRamchandra Desai, 28, clerk, last residence Poona, Bombay Presidency.\n' > a.txt
printf 'Passenger List, S.S. City of Berlin, Liverpool to New York, sailed 12 May 1883\n\n5. Ramchandra Desai, 29, clerk, last residence Poona, Bombay Presidency.\n' > b.txt
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V compare --db t.db --verdict differ; echo "(ages 28 in 1882 and 29 in 1883 are not a contradiction)"
