#!/bin/bash
# A 0.9 MB plain-text file fails the default 120 s per-file time limit (measured on a 2-core machine at load 22-28) and nothing is built.
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
python3 - <<'PY'
import random
random.seed(7); names=['Captain Roos','the mate Bos','Mr Wakeley','Mrs Keller','the curé Le Goff']; places=['Brest','Ushant','Lampaul','Amsterdam','Danzig']
out=[]; n=0
while n<900_000:
    s=f"On {random.randint(1,28)} March {random.randint(1700,1720)} {random.choice(names)} wrote from {random.choice(places)} that {random.randint(2,300)} men had been saved and {random.choice(names)} had said, \"We shall sail for {random.choice(places)}.\" "
    out.append(s); n+=len(s)
    if random.random()<0.1: out.append('\n\n')
open('large.txt','w').write(''.join(out))
PY
/usr/bin/time -f "wall %e s, max RSS %M KB" $V build large.txt --db x.db; echo "exit=$?"
