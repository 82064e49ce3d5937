#!/bin/bash
# D4: ask gives no answer (confidence 0) while its own citation holds the exact answer
V=${V:-/work/redteam43/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > inquiry.txt <<'X'
Independent Inquiry into the Explosion at Weston Point, Runcorn

1. Summary

1.2 Three people died: Liam Foster, aged 34, Sean Doyle, aged 51, and Karen Whitby, aged 45.

1.3 Forty-seven people were treated in hospital, of whom nine were admitted.

HSE inspector Gareth Lloyd said the company "knew about a defective valve for four months and did nothing".

The company was also ordered to pay costs of £310,000.
X
$V build inquiry.txt --db t.db >/dev/null 2>&1
for q in "How old was Liam Foster?" "Who died in the explosion?" "Who is Gareth Lloyd?" "How much were the costs the company was ordered to pay?" "How many people died?"; do echo "== $q"; $V ask "$q" --db t.db; done
echo "expected: 34 / the three names / HSE inspector / £310,000 / three (without the paragraph number '1.2')"
