#!/bin/bash
# compare reports latitude degrees and daily runs of DIFFERENT ships on different days as contradictions.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > a.txt <<'X'
Journal of the ship "City of Boston", 1853

2 November 1853. Noon position Lat. 55°58′S, Long. 67°16′W. Rounded Cape Horn in a snow squall. Distance run 148 nautical miles.
X
cat > b.txt <<'X'
Log of the Brig "Sydney", 1853

Friday 15th April 1853. Noon position Lat. 36°50′S, Long. 174°46′E. Anchored off Auckland at 5 p.m. Distance run 214 nautical miles.
X
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V compare --db t.db --verdict differ
echo "Expected: no DIFFER (two ships, two days, two positions)"
rm -rf "$T"
