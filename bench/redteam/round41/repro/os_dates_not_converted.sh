#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# Old Style dates (explicitly marked O.S., or with a 1710/11 double year) are stored as if Gregorian, or in the wrong year.
printf 'Letters from Brest advise, That on the 10th Instant, O.S., the ship was lost near Ushant.\n\nThe London Gazette, no. 4812, 15–17 March 1710/11.\n\nWhitehall, March 17. 1710/11.\n' > gazette.txt
printf 'Saturday 10th March 1710/11. This night the ship struck upon the rocks of Ushant.\n' > journal.txt; printf 'The ship was lost near Ushant on the night of 21 March 1711 N.S.\n' > deposition.txt
$V build gazette.txt journal.txt deposition.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o csv >/dev/null; cat csv/dates.csv
# expect: the O.S. date as 1711-03-21 (or flagged Julian), '15–17 March 1710/11' as 1711-03-15/1711-03-17 -- observed 1711-03-10 and 1710-03-15/1710-03-17
