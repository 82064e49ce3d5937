#!/bin/bash
# Cross-document stage grows super-linearly on repetitive statements: 4 files / ~97 KB do not build in 120 s.
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
python3 - <<'PY'
import random
random.seed(1)
names=['Anna Berg','Carl Dahl','Eva Lind','Olof Palme','Greta Thunberg','Selma Lagerlof']
places=['Stockholm','Uppsala','Malmo','Gothenburg','Lund','Kiruna']
for k in range(4):
    s=['Panel %d'%k,'']
    for i in range(300):
        s.append('In %d %s travelled from %s to %s with %d companions.'%(1850+random.randrange(150),random.choice(names),random.choice(places),random.choice(places),random.randrange(2,90)))
    open('doc%02d.txt'%k,'w').write('\n'.join(s))
PY
for n in 1 2 4; do
  rm -f t$n.db; s=$(date +%s)
  timeout 120 "$V" build $(ls doc*.txt | head -$n) --db t$n.db 2>&1 | while IFS= read -r l; do echo "  +$(( $(date +%s)-s ))s $l"; done
  echo "$n file(s): $(( $(date +%s)-s )) s total"
done
"$V" compare --db t2.db | tail -1
