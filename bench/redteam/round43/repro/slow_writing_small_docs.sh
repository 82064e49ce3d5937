#!/bin/bash
# D3: the writing/comparisons stage grows far faster than the input: 600 short texts (~240 KB) take ~4.5 min
# to write after 38 s of analysis; 3,000 (1.2 MB) did not finish in 900 s. N=600 by default.
V=${V:-/work/redteam43/venv/bin/vitrina}; N=${N:-600}; T=$(mktemp -d); cd $T
python3 - "$N" <<'X'
import random, os, sys
random.seed(7); n=int(sys.argv[1]); os.makedirs("c", exist_ok=True)
F=["Anna","Tomas","Mirela","John","Fatima","Olek","Grace","Henrik","Ines","Kwame"]; L=["Novak","Okafor","Lindqvist","Brennan","Haddad","Kowalski","Moreau","Petrov"]
P=["Leeds","Krakow","Porto","Dublin","Gdansk","Lyon","Brno","Bergen"]; O=["the Harbour Board","the Weavers' Union","the City Council","the Rowing Club"]
M=["January","March","May","July","October"]
for i in range(n):
    p=f"{random.choice(F)} {random.choice(L)}"; q=f"{random.choice(F)} {random.choice(L)}"; pl=random.choice(P); y=random.randint(1850,1990)
    open(f"c/rec{i:05d}.txt","w").write(f"Record {i}\n\nOn {random.randint(1,28)} {random.choice(M)} {y}, {p} visited {random.choice(O)} in {pl}. According to {q}, about {random.randint(2,900)} people attended, and the cost was £{random.randint(1,99)},{random.randint(100,999)}. \"We will not forget {pl},\" said {q} in {y+2}.\n")
X
du -sh --apparent-size c
/usr/bin/time -f "wall %e s, max RSS %M KB" $V build c --db t.db --verbose 2>&1 | tr '\r' '\n' | grep -v '^building' 
echo "expected: well under a minute for a few hundred KB of text; look at 'writing (comparisons included)'"
