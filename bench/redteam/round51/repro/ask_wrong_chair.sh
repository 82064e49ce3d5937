#!/bin/bash
# D01: ask gives a confident wrong "who" answer: the chair named in the cited sentence is not the answer
. "$(dirname "$0")/_common.sh"
cat > minutes.txt <<'X'
Minutes of the Board of Directors

Meeting of 14 March 1921, held at the works in Coventry.

Present: Edith Harrison (in the chair), George Abbott, Ezra Pike, and Harold Venn (secretary).

1. The chairman reported that the negotiations with the Boston Rubber Works of Leicester were complete.
X
$V build minutes.txt --db t.db >/dev/null 2>&1
$V ask "Who chaired the board in 1921?" --db t.db --json
echo "EXPECTED: Edith Harrison (or no answer); a 'George Abbott' answer is the defect"
