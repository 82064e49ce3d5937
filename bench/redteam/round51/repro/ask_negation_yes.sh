#!/bin/bash
# D02: yes/no question answered "Yes" although the source says the opposite
. "$(dirname "$0")/_common.sh"
cat > studios.txt <<'X'
The photographers of the works collection

The Lincoln Photo Co. was a commercial photography firm in Nottingham, founded by Walter Lincoln in 1910 and named after him. It had no connection with the city of Lincoln.
X
$V build studios.txt --db t.db >/dev/null 2>&1
$V ask "Was the Lincoln Photo Co. named after the city of Lincoln?" --db t.db --json
echo "EXPECTED: No (named after Walter Lincoln); 'Yes' is the defect"
