#!/bin/bash
# Operation/ward/newspaper/medal names become persons; Duke of Wellington's Regiment truncated; Piccadilly Circus trench an organization.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > a.txt <<'X'
Battalion History

Lt-Col. Arthur Pemberton-Hale was killed in action 21 March 1918, the first day of Operation Michael, at Bullecourt.

The battalion attacked from Piccadilly Circus trench and was relieved by the 1st Battalion, the Duke of Wellington's Regiment.

Sgt. Harold Bairstow was awarded the D.C.M. (London Gazette, 20 October 1916).
X
cat > b.html <<'X'
<html><head><title>Haltonbury Courier, 12 November 1901</title></head><body><p>At Monday's meeting Councillor Edward Sutcliffe, member for Nelson Ward, attacked the tramway scheme.</p></body></html>
X
$V build a.txt b.html --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); [print(e['type'], '|', e['name']) for e in d['entities']]"
# observed: person|Michael, organization|Piccadilly Circus, organization|Wellington's Regiment, person|Nelson Ward, person|London Gazette / D.C.M. ...
