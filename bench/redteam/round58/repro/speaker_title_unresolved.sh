#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > opening.md <<'X'
# The Opening Day

The exhibition was opened yesterday, 1 May 1912, by the Governor of Livonia, Baron Paul von Helmersen, before a crowd of 41,200 visitors.

The Governor said: "Here the Baltic shows the world what its workshops can do."
X
$V build opening.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(q['text'], q['speaker'], q['speaker_words']) for q in json.load(sys.stdin)['quotes']]"
# expected: speaker = Paul von Helmersen (named as the Governor in the previous sentence); observed: speaker null, speaker_words 'The Governor'
