#!/bin/bash
# DEF-7: "Who opened workshop number 200?" -> "The sources don't say", while the closest passage it prints names him
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'Workshop 200\n\nThe workshop of clockmakers number 200. In 2000 the clockmaker Lars Dubois opened workshop number 200 in Trieste. It employed 203 apprentices.\n' > w200.txt
printf 'Workshop 57\n\nThe workshop of photographers number 57. In 1857 the photographer Ines Petrov opened workshop number 57 in Brno. It employed 60 apprentices.\n' > w057.txt
"$V" build . --db t.db
"$V" ask "Who opened workshop number 200?" --db t.db
echo "expected: Lars Dubois with the citation; observed: The sources don't say (closest passage names Lars Dubois)"
