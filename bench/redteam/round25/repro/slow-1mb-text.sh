#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# ~1 MB of plain prose: wall time and max RSS (measured 76.9 s, 680 MB at load average ~12 on 2 shared cores)
python3 - <<'PY'
import random; random.seed(7)
N=["Anna Kowalski","Jan Nowak","Marta Lindqvist","Henri Dubois"]; P=["Gdansk","Warsaw","Stockholm","Lyon","Prague"]
out=["Chronicle\n"]; n=0
while n<1_000_000:
    p=" ".join(f"In May {random.randint(1880,1990)}, {random.choice(N)} visited {random.choice(P)}, where the museum had {random.randint(2,900)} visitors." for _ in range(5))
    out.append("\n"+p+"\n"); n+=len(p)
open("p1m.txt","w").write("".join(out))
PY
/usr/bin/time -f "wall %e s, max RSS %M KB" "$V" build p1m.txt --db p.db
