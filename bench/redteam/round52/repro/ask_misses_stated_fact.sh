#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
printf '# Minutes of the Senate, 14 October 1915\n\nPresent: Sir Thomas Aldred (Vice-Chancellor, in the chair), Professor Margaret Hallam.\n' > s.md
printf 'County Cup Final, 21 April 1923\n\nKelsall United 3–1 Preston Vale Wanderers, at Wellington Park, Kelsall.\n' > f.txt
run $V build s.md f.txt --db a.db >/dev/null 2>&1
run $V ask "Who chaired the Senate in 1915?" --db a.db
run $V ask "Who won the 1923 County Cup final?" --db a.db
echo "EXPECTED: Sir Thomas Aldred / Kelsall United; OBSERVED: 'The sources don't say' with the right passage cited"
