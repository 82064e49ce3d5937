#!/bin/bash
# ask answers the owner when asked for the occupier.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'Notes on the Tithe Apportionment, 1846\n\nParcel 112, Little Chelsea, owner John Carr, occupier John Carr, 3a. 2r. 14p., pasture, rent-charge 4s. 2d.\nParcel 113, Nelson'"'"'s Meadow, owner Sir Richard Carrington, occupier Thomas Holt, 9a. 3r. 30p., meadow, rent-charge 11s. 0d.\n' > "$T/t.txt"
$V build --db "$T/x.db" "$T/t.txt" >/dev/null 2>&1
$V ask "Who occupied Nelson's Meadow?" --db "$T/x.db"
echo "expected: Thomas Holt (or the sources don't say)"
