#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
cat > timeline.txt <<'TXT'
Timeline: Measuring Time at Sea

c. 150–100 BC  The Antikythera mechanism is made in the Greek world; it models the motions of the Sun and Moon.
1714  Parliament passes the Longitude Act.
c. 1713  John Harrison completes his first wooden clock.
1730–1735  Harrison builds H1.
1761–1762  H4 sails to Jamaica aboard HMS Deptford.
1764  H4's second trial, to Barbados aboard HMS Tartar.
1769  Larcum Kendall completes K1.
1776  John Harrison dies in London on 24 March.
1780s  Marine chronometers made by John Arnold and Thomas Earnshaw become affordable.
TXT
"$V" build timeline.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1
python3 - <<'PY'
import csv
b=[r for r in csv.DictReader(open('csv/blocks.csv',encoding='utf-8'))]
print("blocks:", [(r['kind'], r['text'][:60]) for r in b])
for r in csv.DictReader(open('csv/events.csv',encoding='utf-8')):
    print(r['edtf'], '|', r['label'])
PY
echo "Expected: one paragraph/event per dated line, each labelled with its own line; observed (round 39): one merged paragraph; 1764 event labelled '1769 Larcum Kendall completes K1', 1730/1735 labelled 'C. 1713 John Harrison completes ...', 1776 labelled '... 24 March. 1780s'"
