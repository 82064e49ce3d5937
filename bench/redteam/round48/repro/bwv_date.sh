#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: a catalogue number (BWV 1007) and an appeal number (CA 1926/311) become dates/events
cat > prog.md <<'X'
# Winter Concert

Concert given at the Lincoln Rooms, Harrogate, on 12 January 1924.

1. Johann Sebastian Bach, Cello Suite No. 1 in G major, BWV 1007. Soloist: Tomas Hollis (cello).

In the Court of Appeal. Appeal No. CA 1926/311, from the Leeds County Court.
X
"$V" build prog.md --db t.db >/dev/null 2>&1
"$V" export --db t.db --format timelinejs -o tl.json >/dev/null
"$V" export --db t.db -o t.json >/dev/null
python3 - <<'P'
import json
d=json.load(open('t.json'))
for e in d['events']: print(e['date'], '<-', e['evidence'][0]['text'][:70])
bad=[e for e in d['events'] if e['date']['edtf'] in ('1007',) or 'CA 1926/311' in e['evidence'][0]['text']]
print('DEFECT REPRODUCED' if bad else 'not reproduced')
P
