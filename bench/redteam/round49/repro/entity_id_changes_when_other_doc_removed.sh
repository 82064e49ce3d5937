#!/bin/bash
# Removing one document renames a surviving entity's id (place-sydney-XXXXXX -> place-sydney); the old id is a 404, no redirect.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"; mkdir box
printf 'Log of the Brig "Sydney", 1853\n\nThe brig "Sydney" was built at Sydney in 1841.\n' > box/a.txt
printf 'Summary of Voyages\n\nThe brig Sydney, Captain James Ferrier, sailed from Hobart Town on 4 April 1853 and reached Auckland on 15 April 1853.\n' > box/b.txt
$V build box --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; print("before:", sorted(e["id"] for e in json.load(sys.stdin)["entities"] if "sydney" in e["id"]))'
rm box/a.txt
$V build box --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; print("after: ", sorted(e["id"] for e in json.load(sys.stdin)["entities"] if "sydney" in e["id"]))'
echo "Expected: the Sydney entity still cited by b.txt keeps its id (or the old id redirects); observed: it is renamed"
rm -rf "$T"
