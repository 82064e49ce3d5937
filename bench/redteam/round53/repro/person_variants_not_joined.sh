#!/bin/bash
# One officer under his title/surname becomes several people; his quotation goes to a stub "Pemberton".
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'War Diary\n\n13.7.16. Lt-Col. Arthur Pemberton-Hale in command.\n' > a.txt
printf 'Citations\n\n2nd Lt. John Farrar was recommended for the Military Cross. Lt-Col. Pemberton-Hale wrote: "He led the raid with great dash and brought back eleven prisoners."\n' > b.txt
printf '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>History</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body><p>It was commanded from <date when="1915-03-12">12 March 1915</date> by <persName>Lieutenant-Colonel Arthur Pemberton-Hale</persName>.</p></body></text></TEI>' > c.xml
$V build a.txt b.txt c.xml --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
[print(e['id'], '|', e['name']) for e in d['entities'] if e['type']=='person']
[print('quote speaker:', q['speaker']) for q in d['quotes']]"
# expected one person entity for Arthur Pemberton-Hale, speaker of the quote
