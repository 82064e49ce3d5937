#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Observing Log, December 1882

Plate 1904 was not taken on this night; the plate numbers of 1882 run from 112 to 140.
X
cat > b.txt <<'X'
Barnard's Star, 1916

The Director photographed Barnard's Star at Bloemfontein on 1916 Aug. 30 (plate 1904).
X
run $V build a.txt b.txt --db t.db
run $V ask "When was plate 1904 taken?" --db t.db
echo "EXPECTED: 1916 Aug. 30; observed 'The question's premise is contradicted by the sources. The sources say it did not happen.'"
