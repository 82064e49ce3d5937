#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Islands, lifeboat stations, churches and buildings typed as persons; one person split into organization+person.
cat > clip.txt <<'X'
The schooner Lady Margaret Hale, of Bristol, Captain Owen Pryce, was lost off Lundy Island on Tuesday in a north-westerly gale. Six of her crew of eight were saved by the Ilfracombe lifeboat.

Church at St Mary Redcliffe. Mrs Agnes Bell called on Thursday. I GIVE to AGNES BELL of Bath the sum of one hundred pounds. Agnes Bell came to tea.

P.S. I enclose the photograph.
X
"$V" build clip.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cut -d, -f1-3 csv/entities.csv
