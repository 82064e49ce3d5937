#!/bin/bash
# Defect: ask says "The sources don't say." although the only document states the answer.
V=${V:-/work/redteam30/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > base.txt <<'TXT'
The Siege of Leningrad

Panel 1: The Blockade

On 8 September 1941 German forces encircled Leningrad. Dmitri Shostakovich, who lived in the city, wrote his Seventh Symphony there. The siege lasted until 27 January 1944.

"We will not surrender," said Andrei Zhdanov in Moscow.

Panel 2: The Road of Life

Supplies crossed Lake Ladoga on the ice road from November 1941. About 1,000,000 people died in the city.
TXT
"$V" build base.txt --db b.db 2>/dev/null
"$V" ask "When did the siege end?" --db b.db; echo "rc=$?  (the text says: The siege lasted until 27 January 1944.)"
"$V" ask "Who wrote the Seventh Symphony?" --db b.db
