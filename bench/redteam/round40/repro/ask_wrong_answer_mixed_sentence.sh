#!/bin/bash
# D1: ask answers with the wrong number taken from a sentence that lists two places, and calls it a contradiction.
. "$(dirname "$0")/_common.sh"
cat > glossary.md <<'X'
# Glossary

**Flight**: several locks joined one after another, as at Kingston Mills (four locks) and at the Ottawa entrance (eight locks).
X
cat > map.txt <<'X'
Reading the map

At the northern end are Hog's Back, Hartwell's locks and the flight of eight locks at the Ottawa entrance, beside Parliament Hill.
X
$V build glossary.md map.txt --db t.db >/dev/null 2>&1
$V ask "How many locks are there at the Ottawa entrance?" --db t.db
# observed: "four locks (sources differ: eight locks)"; expected: eight locks, no contradiction
$V ask "wich stemboat carryed colonel by" --db t.db
