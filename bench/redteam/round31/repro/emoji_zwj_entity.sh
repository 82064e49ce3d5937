#!/bin/bash
# D6: an emoji ZWJ sequence before a name leaves a fragment (U+200D + emoji) inside the entity name.
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf '# Emoji exhibit\n\n👩‍🔬 Marie Curie was born in Warsaw in 1867.\n' > e.md
$V build e.md --db x.db >/dev/null 2>&1
$V export --db x.db --format json | python3 -c "import json,sys; print([e['name'] for e in json.load(sys.stdin)['entities']])"
