#!/bin/bash
# D9: a letter's heading is replaced by its dateline; an all-caps headline is dropped for the file name.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > letter.txt <<'X'
Letter home from Margaret Harris

Bandawe, the feast of St. Michael, 1882

My dear Mother,

You will hardly know your daughter, once Margaret Ogilvie of the Nethergate, now eight years a missionary's wife. John (the Rev. J. T. Harris) is away at Livingstonia — I mean the old station at Cape Maclear — for the baptisms.

On Whitsuntide 1879 Chinyama was baptised Andrew, and he is now our teacher at Cape Maclear. Mother Superior of St. Faith's writes that she hopes to come north, but I doubt it.

We pay our carriers in calico and cowries; 300 cowries buy a fowl. The steamer Ilala brought letters after 23 days.

Your loving daughter,
Margaret Harris
X
printf 'VOTE FOR HALFORD!\n\nElection leaflet, Bristol West, general election of January 1910\n\nSir George Halford has sat for Bristol West since 1906.\n' > 08_leaflet_1910.txt
$V build letter.txt 08_leaflet_1910.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csl 2>/dev/null | python3 -c 'import json,sys; [print(x["id"],"|",x["title"]) for x in json.load(sys.stdin)]'
echo "EXPECTED: 'Letter home from Margaret Harris' and 'VOTE FOR HALFORD!' (or the leaflet line), not the dateline / file name"
