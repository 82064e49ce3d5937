#!/bin/bash
# "Tuesday last (I cannot now recall the date)" and an undated "Wednesday." get exact dates; a rent rate "a year thereafter" becomes a date.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'Journal, 1896\n\n9 April 1896. Arrived at Constantinople.\n\nTuesday last (I cannot now recall the date) we crossed to Scutari.\n\nWednesday. Bought a grey parrot.\n' > "$T/a.txt"
printf 'Lease, 1852\n\nThis Indenture made the twenty-ninth day of September 1852. The farm is let for seven years at a peppercorn rent for the first year and £31 5s. 0d. a year thereafter.\n' > "$T/b.txt"
$V build --db "$T/x.db" "$T/a.txt" "$T/b.txt" >/dev/null 2>&1
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys
for d in json.load(sys.stdin)["documents"]:
    for x in d["dates"]: print(d["id"], repr(x["text"]), "->", x["edtf"])'
echo "expected: Tuesday last / Wednesday uncertain (? or ~) or undated; no date from \"a year thereafter\""
