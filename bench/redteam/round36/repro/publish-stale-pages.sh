#!/bin/bash
# Defect (documented "never deletes", but misleading): republishing after a document was dropped leaves the old
# pages of that document, its places and its map/timeline views in the site, still reachable, with stale counts.
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; mkdir c
printf 'Jan Novak designed the railway station in Krakow in 1935.\n' > c/railway.txt
printf 'Jan Novak wrote from Vienna on 4 June 1910.\n' > c/letters.txt
$V build c --db t.db >/dev/null 2>&1; $V publish --db t.db --static site 2>&1
rm c/railway.txt; $V build c --db t.db --replace-all 2>&1 | grep -v building
$V publish --db t.db --static site 2>&1
ls site/documents site/entities
grep -o 'Mentions <span class="count">([0-9]*)' site/entities/person-jan-novak.html site/entities/place-krakow.html 2>/dev/null
echo 'expected: railway.* and place-krakow.* gone (vitrina wrote them: .vitrina-site) or flagged stale; observed: kept, reachable, with the old facts'
rm -rf "$T"
