#!/bin/bash
# D2: compare finds none of the planted contradictions, and labels contradictory/unrelated statements AGREE
V=${V:-/work/redteam43/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > courier.md <<'X'
# Three dead and nearly 60 hurt in Runcorn chemical blast

*The Daily Courier, 15 March 2023*

Three workers were killed and nearly 60 people were injured when an explosion tore through the Hollins Chemicals plant at Weston Point.

The blast happened at 02:40 on 14 March 2023. Nearly 3,000 residents were evacuated from their homes overnight.

Chief Fire Officer David Penrose said the fire was under control at 09:30.

Margaret Oyelaran, chief executive of Hollins Chemicals, said: "Our thoughts are with the families of our colleagues."
X
cat > gazette.html <<'X'
<html><head><title>Runcorn blast: 38 injured as thousands flee</title></head><body><h1>Runcorn blast: 38 injured as thousands flee</h1>
<p>An explosion shortly after 3am on 14 March 2023 at the Hollins Chemicals works in Runcorn left three people dead and 38 injured.</p>
<p>Between 1,500 and 2,000 residents left their homes.</p>
<p>Chief Fire Officer David Penrose said the fire was under control by 11:00.</p>
<p>Margaret Oyelaran, chief executive of Hollins Chemicals, declined to comment.</p></body></html>
X
$V build courier.md gazette.html --db t.db >/dev/null 2>&1
echo "--- compare --verdict differ (expected: injured 60 vs 38, time 02:40 vs after 3am, evacuated, fire 09:30 vs 11:00)"
$V compare --db t.db --verdict differ
echo "--- all groups"
$V compare --db t.db
