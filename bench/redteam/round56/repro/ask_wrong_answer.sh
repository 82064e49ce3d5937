#!/bin/bash
# D2: ask gives a confident wrong answer: another candidate's vote count; the wrong convert.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > result.txt <<'X'
Bristol West: The General Election of 1906

Polling day was the 16th of January 1906. In Bristol West, Sir George Halford (Conservative) polled 5,212 votes and Mr. Thomas Penrose (Liberal) polled 4,987 votes. Sir George Halford was elected with a majority of 225.
X
cat > baptisms.md <<'X'
# Baptisms at Livingstonia, Whitsuntide 1879

On Whit Sunday 1879 the Rev. J. T. Harris baptised five converts at Cape Maclear:

- Chinyama, baptised Andrew (Andrew Chinyama)
- Nyirenda, baptised Mary (Mary Nyirenda)
- Mponda's son, baptised Thomas
X
$V build result.txt baptisms.md --db t.db >/dev/null 2>&1
$V ask "How many votes did Thomas Penrose get in 1906?" --db t.db
echo "EXPECTED: 4,987 (5,212 is Halford's)"
$V ask "Who was baptised Andrew?" --db t.db
echo "EXPECTED: Chinyama (Andrew Chinyama), not Mary"
