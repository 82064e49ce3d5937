#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > hall.txt <<'X'
Machinery Hall

Its chief exhibit is the 500-horsepower steam turbine of Hartmann & Söhne. After the exhibition the turbine was moved to the Riga Polytechnic Institute, where it drove the institute's dynamos until 1931.
X
$V build hall.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(e['label'], e['date']) for e in json.load(sys.stdin)['events']]"
# expected: the move is undated (after the 1912 exhibition); observed: the move event dated 1931 (the end of its use)
