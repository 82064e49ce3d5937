#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# 'BRISTOL, March 3 - A fire broke out last night': the fire event is dated 1889-03-03 (the dateline), not the night of 2 March;
# ask "When did the fire at Harwick Mill happen?" answered "March 3" (0.79) on the full collection (Q15); alone this clipping may abstain.
cat > clip.txt <<'X'
THE BRISTOL MERCURY
Saturday, March 9, 1889. Price One Penny.

FIRE AT HARWICK MILL

By our own correspondent, Henry Dunmore

BRISTOL, March 3 — A fire broke out last night in the carding room of the Harwick Mill on Redcliffe Street. The engines of the city brigade were at the scene within twenty minutes. No lives were lost, but the east wing was destroyed. Mr Josiah Harwick, the proprietor, estimates the damage at four thousand pounds.

SCHOONER LOST OFF LUNDY

The schooner Lady Margaret Hale, of Bristol, Captain Owen Pryce, was lost off Lundy Island on Tuesday in a north-westerly gale.
X
"$V" build clip.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cut -d, -f1-4 csv/events.csv
"$V" ask "When did the fire at Harwick Mill happen?" --db t.db
