#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# 'Who said …' abstains although the quotation and its speaker are in the same sentence.
printf 'Bristol, 14 March 1887\n\nWhen I asked him about the new engine, Father said, "The mill will never close while I live."\n\nAs the foreman Mr Griffiths put it to me, "a mill is only as sound as its boiler."\n' > l.txt
"$V" build l.txt --db t.db 2>/dev/null
"$V" ask 'Who said "a mill is only as sound as its boiler"?' --db t.db
"$V" export --db t.db --format csv -o csv 2>/dev/null; cat csv/quotes.csv   # speaker column empty
