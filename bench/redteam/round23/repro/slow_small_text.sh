#!/bin/bash
# D4 (medium, load-dependent): a 330 KB plain text (6,000 short paragraphs) takes ~107 s and
# 734 MB RSS on the 2-core machine (61 s analysis, then ~45 s with no progress line), and a
# folder of four such <1 MB texts overruns a 120 s timeout.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 -c "
open('p.txt','w').write('Many paras\n\n'+''.join('Para %d. Erik Larsen met Anna Berg in Oslo in %d.\n\n'%(i,1900+i%100) for i in range(6000)))"
ls -l p.txt
/usr/bin/time -f 'wall %e s, max RSS %M KB' "$V" build --db t.db p.txt
# expected: an input under 1 MB builds in seconds, well under 1 GB
