#!/bin/bash
# Removing one document from a folder changes the type/id of an entity mentioned in an UNCHANGED document.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir box
printf 'BOROUGH OF HALTONBURY\nMinutes of the Council, 9 November 1894\n\n2. Lighting By-law. Resolved that the Lighting (Victoria Ward) By-law be adopted and sealed. Carried 12-7.\n' > box/minutes_1894.txt
printf '# Watch Committee, 3 March 1896\n\n## Police\n\nThe Chief Constable, Mr Robert Peel Crowther, reported 14 arrests in Nelson Ward and 6 in Victoria Ward during February.\n' > box/watch_1896.md
printf 'By-laws of the Borough of Haltonbury for the Lighting of Victoria Ward\n\n1. Every lamp in Victoria Ward shall be lit half an hour after sunset.\n' > box/bylaw.txt
printf 'The wards of the new borough were Victoria Ward, Nelson Ward and Gladstone Ward.\n' > box/merger.txt
$V build box --db t.db >/dev/null 2>&1
ids() { $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); [print(e['id'], sorted({m['document'] for m in e['mentions']})) for e in d['entities'] if 'victoria' in e['id']]"; }
echo BEFORE; ids
rm box/watch_1896.md; $V build box --db t.db >/dev/null 2>&1
echo AFTER removing watch_1896.md; ids
# observed on the full collection: minutes_1894's "Victoria Ward" moved from place-victoria-ward to a new person-victoria-ward
