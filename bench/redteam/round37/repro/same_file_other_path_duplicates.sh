#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D5: the same file built again from another working directory becomes a second document (duplicate in exhibit, search, ask)
mkdir -p coll/panels; printf 'The Fire\n\nA fire on 17 January 1931 destroyed the east furnace hall.\n' > coll/panels/fire.txt
(cd coll && $V build panels --db ../x.db) 2>&1 | tail -1
$V build coll/panels/fire.txt --db x.db 2>&1 | tail -1      # observed: 2 documents (1 analysed, 1 unchanged)
$V search fire --db x.db | tail -1                          # observed: the sentence twice (fire, fire-2)
