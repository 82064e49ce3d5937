#!/bin/bash
# D8: CSL-JSON gives a curator's notes the author of the specimens' collector; catalogue creator/date unused
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > reids.md <<'T'
# Re-identifications in the Marrow collection

## MNH-B 004513

Collected by Edith Marrow at Hollin Wood on 14 June 1898 and entered as *Sylvia atricapilla* (Linnaeus, 1758).
Re-identified by Harold Quist in March 1923 as *Sylvia borin* (Boddaert, 1783), the Garden Warbler.

## MNH-B 004515

The holotype of *Acrocephalus marrowae* Feld, 1899, described by Jonas Feld from the bird Edith Marrow collected at
Carrow Fen on 20 June 1898. Harold Quist placed the name in the synonymy of *Acrocephalus scirpaceus* (Hermann, 1804)
in 1923: the pale colour is a dietary aberration.

## MNH-B 004514

The label reads only "June 1898 (label)"; the collector was the Reverend Thomas Ashby, at Paris Hill, Norfolk
(52.7010, 1.2450), 30 m. Paris Hill is a farm near Carrow, not the French capital.
T
printf 'Field notes about Carrow Fen, written in June 1898.\n' > notebook.txt
printf 'file,title,creator,date\nnotebook.txt,Field notebook,Edith Marrow,1898\n' > cat.csv
"$V" build reids.md notebook.txt --db t.db --catalogue cat.csv >/dev/null 2>&1
"$V" export --db t.db --format csl
echo "expected: reids.md has no author Edith Marrow (she collected, did not write it); notebook gets author/issued from its catalogue record"
