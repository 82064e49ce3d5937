#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D2: "The sources don't say" while the one passage shown states the answer
printf '# The Strike of 1912\n\nOn 3 March 1912 the glassblowers went on strike.\n\nThe strike lasted 23 days.\n\nA fire on 17 January 1931 destroyed the east furnace hall. No one died in the fire.\n' > strike.md
$V build strike.md --db x.db >/dev/null 2>&1
$V ask "How long did the strike last?" --db x.db      # observed: The sources don't say. The closest passage: ... The strike lasted 23 days.
$V ask "When did the fire happen?" --db x.db
$V ask "How many people died in the fire?" --db x.db
