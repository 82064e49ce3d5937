#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D4: three sources say the museum opened in 1994 (two) and 1995 (edited copy); compare reports DIFFER,
# but ask answers "2 May 1995 (confidence 0.79)" from the edited copy only and does not mention the disagreement
cat > '01_founding.txt' <<'EOF0'
The Founding of the Kessler Glassworks

Anna Kessler founded the Kessler Glassworks in Bratislava in 1887. She was born in Vienna in 1861 and trained as a chemist before she turned to glass.

The glassworks began with a single furnace and 18 workers. By 1901 it employed 140 workers and shipped tableware to Budapest, Prague and Trieste.

Kessler's partner in the first years was the engineer Ludwig Brandt, who designed the gas furnace that the works used until 1931.
EOF0
cat > '02_strike.md' <<'EOF1'
# The Strike of 1912

## Panel 2

On 3 March 1912 the glassblowers of the Kessler Glassworks went on strike. The strike was led by Tomas Varga, a furnace master from Komárno.

The strike lasted 23 days. It ended on 26 March 1912, when Anna Kessler agreed to a ten-hour working day and a wage rise of 12 percent.

Varga told the crowd in front of the gate: "We make the light, but we live in the dark."

| Year | Workers |
|------|---------|
| 1901 | 140 |
| 1912 | 260 |
EOF1
cat > '05_fire.md' <<'EOF2'
# The Fire of 1931

A fire on 17 January 1931 destroyed the east furnace hall. No one died in the fire.

The hall was rebuilt by 1932 at a cost of 80,000 crowns, paid by the insurer Assicurazioni Generali of Trieste.
EOF2
cat > '06_war.txt' <<'EOF3'
<html><body><h1>The Works in the War</h1><p>In 1944 the works produced lamp glass for the railways. Production fell to 40 workers.</p></body></html>
EOF3
cat > '07_closure.txt' <<'EOF4'
The Closing of the Works

The Kessler Glassworks closed in 1968, after eighty-one years of production. The last furnace was put out on 30 June 1968.

The building stood empty until 1994, when it reopened as the Museum of Glass. The museum was opened by the mayor, Peter Novak.
EOF4
cat > '07_closure_v2.txt' <<'EOF5'
The Closing of the Works

The Kessler Glassworks closed in 1968, after eighty-one years of production. The last furnace was put out on 30 June 1968.

The building stood empty until 1995, when it reopened as the Museum of Glass. The museum was opened by the mayor, Peter Novák, on 2 May 1995.
EOF5
cat > '08_museum.md' <<'EOF6'
# The Museum Today

The Museum of Glass welcomes about 35,000 visitors a year. Its director since 2015 is Dr. Eva Horvathova.
EOF6
cat > 'closure copy.txt' <<'EOF7'
The Closing of the Works

The Kessler Glassworks closed in 1968, after eighty-one years of production. The last furnace was put out on 30 June 1968.

The building stood empty until 1994, when it reopened as the Museum of Glass. The museum was opened by the mayor, Peter Novak.
EOF7
$V build . --db x.db >/dev/null 2>&1
$V compare --db x.db --verdict differ
$V ask "When did the museum open?" --db x.db
