#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Letter from Julian Ferrars, 2 October 1894

I dined at Eccleston Hall on Michaelmas. "The Melba was a triumph, but the Wellington was a disaster," I wrote in my pocket-book.
X
cat > b.txt <<'X'
Observations of Halley's Comet, 1910

Halley's Comet was first seen at Kingstown on 1910 April 12 by the Director, Miss H. M. Voss.
X
run $V build a.txt b.txt --db t.db
run $V ask "Why did the Duke of Wellington dine at Eccleston Hall?" --db t.db
run $V ask "When did Miss Voss discover Halley's Comet?" --db t.db
echo "EXPECTED: premise flagged or 'the sources don't say'; observed a confident answer (the dish quote as the Duke's reason; 'April 12' as a discovery)"
