#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > obit.txt <<'X'
Lieutenant Henry Bowes (1883–1916)

Henry Bowes, known to every member of the Northern Cross expedition as "Birdie", was born in Greenock, Scotland, on 19 July 1883.

He served as storekeeper on the expedition of 1908–1910 and was one of the three men who reached 88° 23' S with Captain Ashdown.

He was killed at the Battle of Jutland on 31 May 1916.
X
$V build obit.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['label'], e['participants'], e['date']) for e in json.load(sys.stdin)['events']]"
# expected: Bowes was killed at Jutland; observed: event 'Ashdown was killed at the Battle of Jutland' with participant person-...ashdown
