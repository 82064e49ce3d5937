#!/bin/bash
# D3: ask answers wrongly with confidence and accepts false premises
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > notes.md <<'T'
# Re-identifications in the Marrow collection

## MNH-B 004514

The label reads only "June 1898 (label)"; the collector was the Reverend Thomas Ashby, at Paris Hill, Norfolk
(52.7010, 1.2450), 30 m. Paris Hill is a farm near Carrow, not the French capital.
T
cat > report.txt <<'T'
Report on the Carrow Ornithological Survey of 1898

The survey was led by Jonas Feld of the Carrow Museum between June and July 1898. The Reverend Thomas Ashby collected at Paris Hill and Lincoln Meadow. Feld described Acrocephalus marrowae in 1899 from specimen MNH-B 004515.

Accession 1898.41: the bird skins of Miss Edith Marrow, 212 specimens, presented by her on 18 August 1898.
T
"$V" build notes.md report.txt --db t.db >/dev/null 2>&1
for q in "Where is Paris Hill?" "How many specimens did Thomas Ashby collect in 1899?" "Why was Edith Marrow awarded the museum medal in 1898?" "How many skins did Edith Marrow present to the museum?" "Who collected at Lincoln Meadow?"; do
  echo "Q: $q"; "$V" ask "$q" --db t.db; echo; done
echo "expected: Paris Hill -> a farm near Carrow (not Lincoln Meadow); 1899 count -> sources don't say (not 004515); medal -> no such; 212; Thomas Ashby"
