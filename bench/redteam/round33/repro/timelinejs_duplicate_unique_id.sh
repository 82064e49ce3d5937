#!/bin/bash
# DEF-4: documents whose file names are non-Latin get the same TimelineJS unique_id ("-ev0")
V=${V:-/work/redteam33/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
printf 'A\n\nIn 1950 Gdansk held a fair.\n' > 'żółć.txt'; printf 'B\n\nIn 1951 Kyoto held a fair.\n' > '文件.txt'; printf 'C\n\nIn 1952 Kyiv held a fair.\n' > 'Где.txt'
"$V" build . --db t.db
"$V" export --db t.db --format timelinejs | python3 -c "import json,sys,collections; print(collections.Counter(e['unique_id'] for e in json.load(sys.stdin)['events']))"
echo "expected: 3 distinct unique_id values; observed: '-ev0' three times"
