#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > final.txt <<'T'
County Cup Final, 21 April 1923

Kelsall United 3–1 Preston Vale Wanderers, at Wellington Park, Kelsall.
For Preston Vale Wanderers, Billy Hesketh scored from a penalty.
Kelsall Cricket Club beat Lancaster Gentlemen by 4 wickets. He was never a player of Preston North End.
Edith Carrow matriculated in Michaelmas Term 1911 and the Senate met in Lent Term 1931.
T
run $V build final.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o c >/dev/null; cut -d, -f1-3 c/entities.csv
echo "EXPECTED: clubs organizations, terms not entities; OBSERVED: person-/place- ids for clubs and terms"
