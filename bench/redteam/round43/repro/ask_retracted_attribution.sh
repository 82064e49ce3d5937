#!/bin/bash
# D1: ask answers with a misattribution the source itself retracted (correction notice + transcript ignored)
V=${V:-/work/redteam43/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > courier.md <<'X'
# Three dead in Runcorn chemical blast

*The Daily Courier, 15 March 2023*

Chief Fire Officer David Penrose said: "We had no warning whatsoever."

## Correction

An earlier version of this article attributed the words "We had no warning whatsoever" to Chief Fire Officer David Penrose; they were said by Tom Gallagher of the GMB union.
X
cat > transcript.txt <<'X'
Transcript of the press conference, Runcorn, 15 March 2023

DAVID PENROSE: Twelve appliances attended.

TOM GALLAGHER: We had no warning whatsoever. Workers had raised concerns about that valve for months.
X
$V build courier.md transcript.txt --db t.db >/dev/null 2>&1
$V ask 'Who said "We had no warning whatsoever"?' --db t.db
echo "expected: Tom Gallagher (or no answer); observed above (was: David Penrose, confidence 0.69)"
