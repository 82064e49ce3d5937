#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
# Defect: a student's home town "of Lincoln" is linked to the person Harold Lincoln; with an authority file
# that lists Lincoln as a place, the person "Harold Lincoln" becomes an alias of the place.
cat > matric.txt <<'T'
Matriculation Register, Michaelmas Term 1911

M/1911/0348 Harold Lincoln, of Lincoln. Lincoln College. Reading Mathematics.
M/1911/0349 Samuel Okafor, of Lagos. Franklin Hall. Reading Medicine.
Harold Lincoln was killed at Arras in April 1917.
T
printf 'name,type,aliases,lat,lon,identifier\nLincoln,place,,53.2307,-0.5406,Q180057\n' > auth.csv
run $V build matric.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o a_csv >/dev/null && grep -i lincoln a_csv/entities.csv
run $V build matric.txt --db b.db --authority auth.csv >/dev/null 2>&1
run $V export --db b.db --format csv -o b_csv >/dev/null && grep -i lincoln b_csv/entities.csv
echo "EXPECTED: person Harold Lincoln and place Lincoln apart; OBSERVED above: place-lincoln aliases 'Harold Lincoln' (with authority)"
