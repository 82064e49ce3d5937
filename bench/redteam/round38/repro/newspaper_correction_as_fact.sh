#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A correction notice: the retracted figure becomes an event and ask's answer (0.79).
cat > clip.txt <<'X'
THE BRISTOL MERCURY
Saturday, March 9, 1889.

CORRECTION

In our issue of March 2 we stated that the Harwick Mill employs two hundred hands. The correct number is one hundred and twenty.
X
"$V" build clip.txt --db t.db 2>/dev/null
"$V" ask "how many hands did the mill employ" --db t.db    # expected 120; observed 'two hundred hands'
