#!/bin/bash
# D03: false premises (wrong year / firm name not yet in use) are answered from another year
. "$(dirname "$0")/_common.sh"
cat > a.txt <<'X'
Minutes of the board, 14 March 1921

The secretary reported 400,000 ordinary shares to be issued to the members of both firms of Harrison & Sons.
X
cat > b.txt <<'X'
Meridian Cycles plc: the renaming of 1958

On 4 October 1958 Harrison-Boston Ltd was renamed Meridian Cycles plc. The chairman, Margaret Oduya, said: "A new name for an old firm."
X
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V ask "How many shares did Harrison & Sons issue in 1958?" --db t.db --json | head -5
$V ask "Who chaired the board of Meridian Cycles plc in 1921?" --db t.db --json | head -5
echo "EXPECTED: the sources don't say / premise flagged; '400,000' (a 1921 figure) and 'Margaret Oduya' (1958) are the defect"
