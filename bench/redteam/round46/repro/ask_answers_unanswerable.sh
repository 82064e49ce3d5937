#!/bin/bash
# Defect: ask answers questions the sources cannot answer, with high confidence (birth date = making date in AH; owner during a documented gap).
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > rec.txt <<'X'
Planispheric Astrolabe (1987.14.3a-b)

The back bears the inscription "made by Yusuf ibn Hasan al-Tabrizi on the third of Ramadan in the year 1052".
X
cat > sundial.txt <<'X'
Byzantine Portable Sundial (2015.1.1)

Provenance: private collection, Athens, by 1939; no record from 1939 to 1970; Galerie Kassos, Geneva, 1970; acquired from Galerie Kassos by the Calder Museum in 2015.
X
$V build rec.txt sundial.txt --db t.db >/dev/null 2>&1
$V ask "When was Yusuf al-Tabrizi born?" --db t.db --json | grep -E '"answer"|"confidence"'
$V ask "Who owned the sundial between 1939 and 1970?" --db t.db --json | grep -E '"answer"|"confidence"'
