#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: 'Op.' of 'Op. 47', an opera title, a suite and 'Verdict' become person entities; one opera splits per document
cat > p1.txt <<'X'
LUDMILA
Opera in three acts, Op. 47
Music by Anton Varga.

Maria Keller as Ludmila
Josef Brandt as Count Orsino
X
cat > p2.md <<'X'
# Season 1927

Ludmila, Op. 47 (Anton Varga), revived at the Wallace Hall, Leeds, 2-9 May 1927. Bach, Cello Suite No. 1, BWV 1007, played by Tomas Hollis on 10 May 1927.

Verdict: guilty, 7 October 1927.
X
"$V" build p1.txt p2.md --db t.db >/dev/null 2>&1
"$V" export --db t.db -o t.json >/dev/null
python3 -c "
import json; d=json.load(open('t.json'))
bad=[(e['id'],e['name']) for e in d['entities'] if e['type']=='person' and e['name'] in ('Op','Ludmila','Cello Suite','Verdict') or 'Ludmila ' in e['name']]
print(bad); print('DEFECT REPRODUCED' if bad else 'not reproduced')"
