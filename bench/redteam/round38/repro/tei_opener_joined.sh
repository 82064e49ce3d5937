#!/bin/bash
# TEI letter: <dateline> and <salute> in <opener> (and <salute>/<signed> in <closer>) are glued without a space,
# and the letter's date (dateline and correspAction/date@when) reaches no date, event or export.
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > l.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter from Margaret Hale to Eleanor Vance</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
<profileDesc><correspDesc><correspAction type="sent"><persName>Margaret Hale</persName><placeName>Liverpool</placeName><date when="1891-05-20">20 May 1891</date></correspAction>
<correspAction type="received"><persName>Eleanor Vance</persName></correspAction></correspDesc></profileDesc></teiHeader>
<text><body><div type="letter"><opener><dateline>Liverpool, 20 May 1891</dateline><salute>Dear Mrs Vance,</salute></opener>
<p>I send with this letter a cheque for twenty pounds for the widows of her crew.</p>
<closer><salute>Believe me, yours sincerely,</salute><signed>Margaret Hale</signed></closer></div></body></text></TEI>
X
"$V" build l.xml --db t.db
"$V" export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); x=d["documents"][0]; print(repr(x["text"])); print("dates:", x["dates"]); print("DEFECT: glued" if "1891Dear" in x["text"] else "ok")'
"$V" search cheque --db t.db --date 1891-05-20
