#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > c.xml <<'T'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Committee minutes 1921</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><p>The first match would be played on <date notBefore="1921-08-27" notAfter="1921-09-03">the last Saturday of August or the first of September 1921</date>.</p>
<p>The laboratory would be shared from <date notBefore="1939" notAfter="1940">1939 or 1940</date>.</p></div></body></text></TEI>
T
run $V build c.xml --db a.db >/dev/null 2>&1
run $V export --db a.db --format csv -o c >/dev/null; cat c/dates.csv
echo "EXPECTED: 1921-08-27/1921-09-03 and 1939/1940 (TEI notBefore/notAfter); OBSERVED: 1921-09 and two certain years"
