#!/bin/bash
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# The CLI treats an unknown --document/--entity id as a usage error; the web timeline/search accept it and say "No events match" (200).
printf 'Title\n\nJohn Smith visited London in 1888.\n' > a.txt
$V build a.txt --db x.db >/dev/null 2>&1
$V serve --db x.db --port 8799 >/dev/null 2>&1 & P=$!; sleep 4
for u in '/timeline?document=nope' '/timeline.json?entity=nope' '/search.json?q=Smith&document=nope' '/map?document=nope'; do curl -s -o /dev/null -w "$u %{http_code}\n" "http://127.0.0.1:8799$u"; done
kill $P; wait $P 2>/dev/null; rm -rf "$T"
