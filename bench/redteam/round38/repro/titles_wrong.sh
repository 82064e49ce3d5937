#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A newspaper's byline becomes the title; the issue date is made a 'caption' credited to the headline.
printf 'THE BRISTOL MERCURY\nSaturday, March 9, 1889. Price One Penny.\n\nFIRE AT HARWICK MILL\n\nBy our own correspondent, Henry Dunmore\n\nBRISTOL, March 3 \xe2\x80\x94 A fire broke out last night in the carding room of the Harwick Mill.\n' > clip.txt
"$V" build clip.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cat csv/documents.csv; head -4 csv/blocks.csv
