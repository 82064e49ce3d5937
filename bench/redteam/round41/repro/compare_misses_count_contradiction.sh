#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# Three witnesses give different numbers saved from the same wreck; compare reports no disagreement about it.
printf 'JOURNAL OF THOMAS WAKELEY\n\nThe ship Vrouw Aletta struck on the rocks of Ushant on 21 March 1711. We found sixty-three saved out of the whole company. Captain Roos was drowned.\n' > journal.txt
printf 'REPORT OF THE CHAMBER\n\nThe ship Vrouw Aletta was lost on the rocks of Ushant on 21 March 1711. Of the 212 persons, 61 were saved. Captain Roos perished.\n' > report.txt
printf 'LETTER OF THE CURATE\n\nThe Vrouw Aletta was lost upon the rocks of Ushant on 21 March 1711. Our fishermen saved fifty-eight persons. Captain Roos was drowned.\n' > letter.txt
$V build journal.txt report.txt letter.txt --db x.db >/dev/null 2>&1
$V compare --db x.db; echo "exit=$?"   # expect a DIFFER group: 63 / 61 / 58 saved, each passage cited
