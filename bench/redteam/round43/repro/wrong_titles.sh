#!/bin/bash
# D7: a plain-text report is titled by its first numbered heading ("Summary"); a press release by its dateline
V=${V:-/work/redteam43/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Independent Inquiry into the Explosion at Weston Point, Runcorn\n\nReport of the Inquiry, chaired by Dr Helen Marsh, published 9 October 2023\n\n1. Summary\n\n1.1 At 02:40 on 14 March 2023 a vessel exploded.\n\n2. Cause\n\n2.1 The inquiry finds that pressure relief valve PRV-7 failed to open.\n' > inquiry.txt
printf 'Hollins Chemicals statement on the incident at Weston Point\n\nPress release, 14 March 2023\n\nHollins Chemicals confirms that an explosion occurred at its Weston Point works in Runcorn at approximately 02:40 on 14 March 2023.\n\nThe company has suspended all production at Weston Point until further notice.\n' > release.txt
$V build inquiry.txt release.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys;[print(d['id'],'->',repr(d['title'])) for d in json.load(sys.stdin)['documents']]"
echo "expected titles: 'Independent Inquiry into the Explosion at Weston Point, Runcorn' and 'Hollins Chemicals statement on the incident at Weston Point'"
