#!/bin/bash
# Defect: in museum object records, object names and field labels become people/organizations, and people's given names become places.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > 1965.2.8_quadrant.txt <<'X'
Deaccession Note: Horary Quadrant (1965.2.8)

Accession number: 1965.2.8
Object name: horary quadrant
Maker: unknown, English
Date: circa 1650
Dimensions: radius 10.2 cm (4 in)
X
cat > 1992.3.1_globe.txt <<'X'
Celestial Globe (1992.3.1)

Provenance
Commissioned by Count Fyodor Ulyanin, St Petersburg, 1784; by descent to his great-granddaughter Natalia Ulyanina, who emigrated to Paris in 1920; sold to the dealer Maurice Lévy, Paris, in 1934.
X
cat > 1987.14.3_astrolabe.txt <<'X'
Planispheric Astrolabe (1987.14.3a-b)

Provenance
Mirza Abbas Khan, Tabriz, by 1850; by descent to his grandson Mirza Kazem Beg, Tehran; sold to Henrietta Oakes, Tehran, in 1921. The rete has a hairline crack near the pointer for Vega.
X
$V build *.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; [print(e["type"],"|",e["name"]) for e in json.load(sys.stdin)["entities"]]'
# expected: no person "Horary Quadrant"/"Dimensions"/"Vega"/"Planispheric Astrolabe", no org "English Date", no place "Natalia"/"Ulyanina"/"Henrietta"
