#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > m.txt <<'T'
Matriculation Register 1934

M/1911/0350 Agnes Whitby, of Durham. St Ebba's Hall.
M/1934/1102 Thomas Aldred Pike, of Ravensworth. Lincoln College.
Kelsall United 3–1 Preston Vale Wanderers, at Wellington Park.
The Class of '38 scholarships were endowed with £4,000. The gate receipts were £311 4s 6d.
T
run $V build m.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o c >/dev/null; cat c/quantities.csv
echo "EXPECTED: only £4,000 and £311 4s 6d; OBSERVED: '0350 Agnes', '1102 Thomas', '1 Preston Vale Wanderers', '38 scholarships', £311 without 4s 6d"
