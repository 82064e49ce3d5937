#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D3: TEI <u who> / <sp><speaker> turns, particDesc persons and <q> quotations are flattened away
cat > t.xml <<'X'
<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Interview</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson><person xml:id="LH" role="narrator"><persName>Lincoln Hale</persName></person><person xml:id="TB" role="interviewer"><persName>Tom Blaylock</persName></person></listPerson></particDesc></profileDesc></teiHeader>
<text><body><u who="#TB">Was your father the foreman?</u><u who="#LH">George Hale. My father said, <q>A foreman's a worker with a clipboard.</q> We moved to Sleaford in 1955.</u>
<sp><speaker>Nellie Garfield</speaker><p>Not one tin leaves this yard.</p></sp></body></text></TEI>
X
run build t.xml --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json;d=json.load(open('x.json'));t=d['documents'][0]['text'];print(repr(t));print('quotes',[(q['speaker'],q['text']) for q in d['quotes']]);print('persons',[e['name'] for e in d['entities'] if e['type']=='person'])
import sys; sys.exit(0 if ('Tom Blaylock' not in t and not any('clipboard' in q['text'] for q in d['quotes'])) else 1)"
