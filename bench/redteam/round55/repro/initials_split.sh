#!/bin/bash
# "J. W." becomes persons named "J." (one per document); "Aunt B." becomes "Aunt", "Aunt B", "Aunt B. at Matlock"; feast days and fields become persons.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'Diary, 1894\n\nMonday 8 January 1894. Aunt B. came to tea and scolded me.\n\nTuesday 16 January. J. W. called in the afternoon.\n' > "$T/a.txt"
printf 'Journal, 1896\n\n3 April 1896. We sailed on a yacht belonging to J. W.'"'"'s cousin. The dog stayed at home with Aunt B. at Matlock.\n' > "$T/b.txt"
printf 'Lease, 1790\n\nThe rent is payable at Lady Day and Michaelmas. The close called Little Chelsea is bounded by Nelson'"'"'s Meadow.\n' > "$T/c.txt"
$V build --db "$T/x.db" "$T/a.txt" "$T/b.txt" "$T/c.txt" >/dev/null 2>&1
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]: print(e["id"], e["type"], repr(e["name"]))'
echo "expected: one person \"J. W.\", one \"Aunt B.\"; Michaelmas, Little Chelsea, Nelson not persons"
