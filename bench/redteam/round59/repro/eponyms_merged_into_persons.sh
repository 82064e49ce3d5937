#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Barnard's Star and the Pemberton dome

In 1916 Prof. E. E. Barnard announced the large proper motion of the star now called Barnard's Star. The Pemberton dome was the gift of Mrs Louisa Pemberton. Halley's Comet was seen in 1910.
X
cat > b.txt <<'X'
Michaelmas Dinner, 1894

The menu: Beef Wellington, Chicken Marengo, Peach Melba, Victoria sponge. Chicken Marengo was made for Bonaparte after the battle of Marengo in 1800. Colonel Ashby refused the Marengo.
X
run $V build a.txt b.txt --db t.db
run $V export --db t.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin); T={x['id']:x['text'] for x in d['documents']}
for e in d['entities']:
    print(e['id'], e['type'], [T[m['document']][max(0,m['start']-10):m['end']+8] for m in e['mentions']])"
echo "EXPECTED: Barnard's Star / Pemberton dome / Halley's Comet / dishes not linked to persons or places; the battle of Marengo not the dish"
