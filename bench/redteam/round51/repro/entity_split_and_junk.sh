#!/bin/bash
# D08: one person split into several entities of different types; identifiers and labels made entities
. "$(dirname "$0")/_common.sh"
cat > reg.txt <<'X'
Negative Register of the Works Photographic Collection

N-1934-117. Factory floor, frame shop, Coventry works. Photographer: Ada Quill, Paris Studio (Coventry). Date on sleeve: "Summer '38". Glass plate.

N-1958-210. Signing of the renaming, Meridian Cycles plc, at the Coventry works. Photographer: Ada Quill, Paris Studio. Dated 4 October 1958.
X
cat > corr.txt <<'X'
Correction to catalogue caption of negative N-1934-118

The caption written in 1962 said: "Ezra Pike on the steps of the Leicester works, 1934."

This caption is wrong. The sitter is George Abbott, not Ezra Pike.
X
cat > hist.md <<'X'
# History

In 1921 the firm merged with the Boston Rubber Works, a tyre maker of Leicester founded by Ezra Pike in 1893. The Boston Rubber Works took its name from the town of Boston in Lincolnshire, where Pike was born.

Mr Pike stated: "The rubber side will carry the cycle side."
X
$V build reg.txt corr.txt hist.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for e in json.load(open('k.json'))['entities']: print(e['id'], e['type'], repr(e['name']))" | grep -Ei "pike|ezra|quill|N-19|summer|glass|coventry|register"
echo "EXPECTED: one person Ezra Pike, Ada Quill a person, one Coventry; no entities 'N-1958-210', \"Summer '38\", 'Glass', 'Negative Register of'"
