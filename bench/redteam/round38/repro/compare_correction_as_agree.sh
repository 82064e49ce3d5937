#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A letter that corrects a figure is grouped as AGREE with the figure it corrects.
printf 'BRISTOL, March 3 \xe2\x80\x94 A fire broke out last night at the Harwick Mill. Mr Josiah Harwick, the proprietor, estimates the damage at four thousand pounds.\n' > clip.txt
printf 'Bristol, 11 March 1889\n\nSir,\n\nIn my report of the fire at the Harwick Mill I wrote that the damage was four thousand pounds. Mr Harwick has since told me that it was nearer five thousand.\n\nHenry Dunmore\n' > letter.txt
"$V" build clip.txt letter.txt --db t.db 2>/dev/null
"$V" compare --db t.db     # observed: AGREE: pounds (Josiah Harwick)
