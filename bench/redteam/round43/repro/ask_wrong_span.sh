#!/bin/bash
# D6: answers that pick the wrong span or the wrong passage
V=${V:-/work/redteam43/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > inquiry.txt <<'X'
Independent Inquiry into the Explosion at Weston Point

1.1 At 02:40 on 14 March 2023 a vessel in the chlorination unit of the Hollins Chemicals works at Weston Point exploded.

2.1 The inquiry finds that pressure relief valve PRV-7 failed to open.

3.1 Hollins Chemicals should replace every pressure relief valve on the chlorination unit before production restarts.
X
cat > followup.md <<'X'
# Weston Point inquiry blames faulty valve

Dr Helen Marsh, who chaired the inquiry, said the defect "should have been fixed within days, not left for months".
X
cat > loss.txt <<'X'
Loss adjusters' assessment

Damage to property around the Hollins Chemicals works is estimated at between GBP 40m and GBP 60m.
X
$V build inquiry.txt followup.md loss.txt --db t.db >/dev/null 2>&1
for q in "What caused the explosion?" "What did the inquiry recommend?" "What was the estimated damage to property?"; do echo "== $q"; $V ask "$q" --db t.db; done
echo "expected: PRV-7 failed to open (2.1) / replace every pressure relief valve (3.1) / between GBP 40m and GBP 60m"
