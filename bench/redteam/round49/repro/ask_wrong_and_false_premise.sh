#!/bin/bash
# ask answers false-premise questions (and a plain one) confidently with the wrong fact.
V=${V:-/work/redteam49/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > s.txt <<'X'
Mersey Voyage Archive: Summary of Voyages, 1852-1854

The barque Queen Charlotte, Captain William Harrow, sailed from Liverpool on 3 March 1852 and reached Port Jackson on 14 August 1852, calling at Cape Town (28 May 1852).

The ship City of Boston, Captain Nathaniel Cobb, sailed from Boston on 10 September 1853 and reached Valparaiso on 2 January 1854.

The brig Sydney, Captain James Ferrier, sailed from Hobart Town on 4 April 1853 and reached Auckland on 15 April 1853.

The number of deaths in 1918, given in last year's report as 97, should read 103; six deaths in the Nelson Ward were omitted in error.
X
$V build s.txt --db t.db >/dev/null 2>&1
for q in "Which port did the Queen Charlotte reach on 28 May 1852?" "When did the Queen Charlotte reach Valparaiso?" "When did the brig Sydney arrive at Sydney?" "How many deaths in 1918 did the report of 1919 confirm as 97?" "Why did Captain Cobb desert at Cape Town?"; do
  echo "Q: $q"; $V ask "$q" --db t.db --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("  ->", d["answer"], d["confidence"])'
done
echo "Expected: Cape Town; then 'the sources don't say' for the four false premises (the Queen Charlotte never went to Valparaiso, the Sydney never reached Sydney, the 97 was corrected to 103, Cobb never deserted)"
rm -rf "$T"
