#!/bin/bash
# Defect: ask answers questions whose premise the sources contradict, as if the premise were true.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > luopan.txt <<'X'
Geomancer's Compass (1999.22.4)

Bought in Huizhou by the Reverend Thomas Hale about 1890; by descent to his daughter Margaret Hale, Edinburgh; given to the Calder Museum by Margaret Hale in 1999.
X
cat > quadrant.txt <<'X'
Deaccession Note: Horary Quadrant (1965.2.8)

The trustees approved its deaccession on 14 June 2011 and it was transferred to the Harrogate Science Trust for handling collections.
X
cat > globe.txt <<'X'
Celestial Globe (1992.3.1)

The celestial globe was made by Pyotr Volkov in St Petersburg in 1784. It is in store at the Calder Museum.
X
$V build luopan.txt quadrant.txt globe.txt --db t.db >/dev/null 2>&1
$V ask "When was the luopan given by Thomas Hale to the museum?" --db t.db       # Thomas Hale never gave it
$V ask "Why was the celestial globe deaccessioned in 2011?" --db t.db           # the globe was never deaccessioned
