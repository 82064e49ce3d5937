#!/bin/bash
# D3: the year of a taxon's authority ("Linnaeus, 1758") becomes the date of the collecting event; 12.vi.1898 is kept only as 1898
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
cat > notebook.txt <<'T'
FIELD NOTEBOOK OF EDITH MARROW

12.vi.1898. Carrow Fen, Norfolk. Shot an adult male Great Tit, Parus major Linnaeus, 1758, in the alders by the dyke.

Collected by Edith Marrow at Hollin Wood on 14 June 1898 and entered as Sylvia atricapilla (Linnaeus, 1758).
T
"$V" build notebook.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['events']: print(e['date']['edtf'].ljust(10), '|', e['label'])"
echo "expected: no event dated 1758; the Great Tit shot on 1898-06-12"
"$V" search "Great Tit" --db t.db --date 1898-06-12; echo "(expected a hit)"
