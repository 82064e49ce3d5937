#!/bin/bash
# D2: genus names and bird names become people/places/organisations
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > notebook.txt <<'T'
FIELD NOTEBOOK OF EDITH MARROW, JUNE 1898

12.vi.1898. Carrow Fen, Norfolk, 52°37′12″N 1°21′05″E (52.6200, 1.3514), elevation 4 m. Shot an adult male Great Tit, Parus major Linnaeus, 1758, in the alders by the dyke. Catalogue number MNH-B 004512.

14.vi.1898. Hollin Wood, 12 m. Took a small grey warbler which I judge to be a Blackcap, Sylvia atricapilla (Linnaeus, 1758), though it lacks the cap. Catalogue number MNH-B 004513.

Collected by Thomas Ashby at Lincoln Meadow: Emberiza citrinella Linnaeus, 1758, Yellowhammer. Lanius collurio Linnaeus, 1758, at Paris Hill.
T
"$V" build notebook.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']: print(e['type'].ljust(13), e['name'])"
echo "expected: no person/place/organization named Parus, Sylvia, Lanius, Emberiza, Great Tit, Blackcap, Yellowhammer; Hollin Wood/Carrow Fen as places"
