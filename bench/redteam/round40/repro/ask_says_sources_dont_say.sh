#!/bin/bash
# D2: ask says "The sources don't say" and then quotes the passage that says it.
. "$(dirname "$0")/_common.sh"
cat > chronology.md <<'X'
# Chronology of the Rideau Canal

- 1826: work begins; By arrives on 21 September.
- 1832: the canal opens at the end of May.
- 1836: By dies in England, at Frant.
X
$V build chronology.md --db t.db >/dev/null 2>&1
$V ask "In which year did work on the Rideau Canal begin?" --db t.db
$V ask "Where did John By die?" --db t.db
# observed: "The sources don't say. The closest passage: 1826: work begins ..."
