#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Peach Melba: a note from the Savoy, 1893

Auguste Escoffier, chef at the Savoy Hotel in London, made the dish in 1893. Hannah Glossop of Eccleston Hall, Cheshire, wrote the receipt at Eccleston near Chester.
X
run $V build a.txt --db t.db
run $V export --db t.db --format geojson | python3 -c "import json,sys; d=json.load(sys.stdin); print([(f['properties'].get('title'), f['geometry'] and f['geometry']['coordinates']) for f in d['features']])"
echo "EXPECTED: Savoy (the hotel in London) not Savoie, France (6.13,45.56). In the full collection (TEI <placeName>Eccleston</placeName>, Eccleston Hall, Cheshire) Eccleston was also placed in Lancashire (-2.72,53.64) instead of near Chester."
