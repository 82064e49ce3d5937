#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A newspaper clipping dated '14 June 1S62' (OCR) has no date at all: not on the timeline, not found by --date 1862.
printf 'WESTERN TIMES, 14 June 1S62.\n\nFIRE AT ASHCOMBE PARVA.- On Tuesday night last a fire broke out in tbe work-\nshop of Mr. John Hartwell, wheel-\nwright.\n' > clip.txt
$V build clip.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; print('dates:',json.load(sys.stdin)['documents'][0]['dates'])"
$V search fire --db t.db --date 1862
echo "expected: 1862-06-14 recovered (or flagged as a probable OCR year)"
