#!/bin/bash
# DEF-8: records about different people, years and workshops are reported as contradicting each other ("a number in a sentence retold", "apprentices")
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'Workshop 0\n\nThe workshop of clockmakers number 0. In 1800 the clockmaker Tomas Novak opened workshop number 0 in Gdańsk. It employed 3 apprentices.\n' > w000.txt
printf 'Workshop 15\n\nThe workshop of coopers number 15. In 1815 the cooper Greta Novak opened workshop number 15 in Gdańsk. It employed 18 apprentices.\n' > w015.txt
printf 'Workshop 75\n\nThe workshop of coopers number 75. In 1875 the cooper Sofia Novak opened workshop number 75 in Gdańsk. It employed 78 apprentices.\n' > w075.txt
printf 'Workshop 105\n\nThe workshop of coopers number 105. In 1905 the cooper Greta Novak opened workshop number 105 in Gdańsk. It employed 108 apprentices.\n' > w105.txt
"$V" build . --db t.db
"$V" compare --db t.db --verdict differ
echo "expected: no DIFFER (different workshops, years, people); observed: DIFFER groups over workshop numbers and apprentice counts"
