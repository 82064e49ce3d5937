#!/bin/bash
# D14: renaming a file (same bytes) changes the id of an entity in exports (web redirects, exports do not)
. "$(dirname "$0")/_common.sh"
mkdir box
printf 'Negative Register\n\nN-1958-210. Signing of the renaming, Meridian Cycles plc, at the Coventry works.\n' > box/register.txt
printf 'The Paris Studio was a portrait studio in Coventry, opened by Ada Quill in 1919.\n' > box/studios.txt
$V build box --db t.db >/dev/null 2>&1; $V export --db t.db --format json -o a.json >/dev/null
mv box/register.txt box/register_v2.txt
$V build box --db t.db >/dev/null 2>&1; $V export --db t.db --format json -o b.json >/dev/null
python3 -c "
import json
a={e['id'] for e in json.load(open('a.json'))['entities']}; b={e['id'] for e in json.load(open('b.json'))['entities']}
print('only before:', sorted(a-b)); print('only after:', sorted(b-a))"
echo "EXPECTED: the same entity ids before and after a rename"
