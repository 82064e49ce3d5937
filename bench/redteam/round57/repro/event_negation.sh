#!/bin/bash
# D9: "no candidate ... won a majority" becomes the event "Teltow Beeskow Storkow won a majority";
#     the second-ballot event lists only the man named to be denied, not the winner.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > ballot.xml <<'T'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>The second ballot, 1912</title></titleStmt><publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>The second ballot</head>
<p>At the general election of <date when="1912-01-12">12 January 1912</date> no candidate in <placeName>Teltow-Beeskow-Storkow</placeName> won a majority. In the second ballot of <date when="1912-01-22">22 January 1912</date> <persName>Karl Liebknecht</persName>? No: the constituency was won by <persName>Emanuel Wurm</persName> of the <orgName>Social Democratic Party</orgName>.</p>
</div></body></text></TEI>
T
run $V build ballot.xml --db b.db >/dev/null 2>&1
run $V export --db b.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin); bad=False
for e in d["events"]:
    print(repr(e["label"]), e["date"]["edtf"], e["participants"], e["places"])
    if "won a majority" in e["label"] and "no " not in e["label"].lower(): bad=True
print("DEFECT REPRODUCED" if bad else "not reproduced")'
