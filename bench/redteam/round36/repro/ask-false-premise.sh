#!/bin/bash
# Defect: ask answers a question with a false premise (wrong place) confidently, citing a sentence that contradicts it.
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > lighthouse.txt <<'X'
The Harbour Lighthouse

Marta Kowalczyk became keeper of the harbour lighthouse in Gdańsk in 1919. She lit the new lamp on 12 March 1921, in front of a crowd of 200 people.

"The light will never go out," said Marta Kowalczyk.

Her friend Jan Novak, an engineer, repaired the lens in 1924.
X
cat > railway.md <<'X'
# Railway to Kraków

## The station

Jan Novak designed the new railway station in Kraków in 1935. The station had 4 platforms.

## Visitors

Marta Kowalczyk visited Kraków in May 1936 and praised the station.
X
$V build lighthouse.txt railway.md --db t.db >/dev/null 2>&1
$V ask "Who is the keeper of the lighthouse in Kraków?" --db t.db
echo "expected: the sources don't say (the keeper is in Gdańsk); observed (with the 7-document collection in /work/redteam36/in/col): Marta Kowalczyk 79%, citing the Gdańsk sentence"
rm -rf "$T"
