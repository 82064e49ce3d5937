#!/bin/bash
# A borough renamed by amalgamation is not one organization: the old borough becomes the town (a place), the new name a place, "Urban District" a place.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'THE HALTONBURY AND STAINFORTH (AMALGAMATION) ORDER, 1937\n\nOn 1 April 1937 the Borough of Haltonbury was united with the Urban District of Stainforth and the Urban District of Calder Bridge to form one borough under the name of the Borough of Haltonbury and Stainforth.\n\nOn 1 April 1974 the Borough of Haltonbury and Stainforth was abolished.\n' > merger.txt
$V build merger.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
[print(e['type'], '|', e['name']) for e in d['entities']]
[print('event', e['date']['edtf'], e['label'], 'participants', e['participants'], 'places', e['places']) for e in d['events']]"
# expected: organization Borough of Haltonbury (renamed Borough of Haltonbury and Stainforth); observed: places
