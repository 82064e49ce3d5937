#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
printf '<html><body><h1>Specification</h1><p>The building measures 84 ft 6 in by 42 ft (25.76 m by 12.80 m) on plan. The entrance steps rise 4 ft 6 in.</p></body></html>' > spec.html
$W $V build spec.html --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
cat csv/quantities.csv
echo "EXPECTED: 84 ft 6 in (84.5 ft) and 4 ft 6 in (4.5 ft); observed values drop the inches"
