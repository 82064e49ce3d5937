#!/bin/bash
# High: text after an OSC terminal escape (ESC ] ... BEL) is silently dropped from the document.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
printf 'Report\n\nJohn Smith\x1b]0;x\x07 visited London on 3 May 1920. Mary Jones stayed in Paris.\n' > osc.txt
"$V" build --db t.db osc.txt
"$V" export --db t.db --format json | python3 -c "import json,sys; t=json.load(sys.stdin)['documents'][0]['text']; print(repr(t)); print('DATA LOST' if 'Mary Jones' not in t else 'ok')"
