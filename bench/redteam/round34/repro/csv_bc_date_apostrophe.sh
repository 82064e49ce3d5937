#!/bin/bash
# CSV export: the formula guard prefixes a BC EDTF date with an apostrophe ("'-0044"), so the edtf column is no longer EDTF
. "$(dirname "$0")/_common.sh"
printf 'Old chapel\n\nThe chapel was founded in 45 BC by Roman traders.\n' > chapel.txt
"$V" build chapel.txt --db x.db >/dev/null 2>&1
"$V" export --db x.db --format csv -o csv >/dev/null; cat csv/dates.csv   # observed: '-0044,chapel,...
"$V" export --db x.db --format json | grep -o '"edtf": "[^"]*"'            # json says -0044
