#!/bin/bash
# D09: a letter-writer's own stated quotation gets no speaker
. "$(dirname "$0")/_common.sh"
cat > letter.txt <<'X'
Letter from Edith Harrison to Ezra Pike, 10 February 1921

Dear Mr Pike,

For my part I say only this: "We merge in July or we do not merge at all."

Yours sincerely,
Edith Harrison
X
$V build letter.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for q in json.load(open('k.json'))['quotes']: print(repr(q['text']), 'speaker=', q['speaker'], q['speaker_words'])"
echo "EXPECTED: speaker person-edith-harrison"
