#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# 'He' (Thomas) is resolved to a person not in the sentence or its neighbour: event 'Okafor will not come until March'.
cat > diary.txt <<'X'
The Diary of Eleanor Vance, 1888

Sunday 8 January 1888
Church at St Mary Redcliffe. Dr Okafor preached no sermon, but he sat with us.

Thursday 12 January
A letter from Thomas. He will not come until March.
X
"$V" build diary.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cut -d, -f1-5 csv/events.csv
