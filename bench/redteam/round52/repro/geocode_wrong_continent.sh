#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > h.txt <<'T'
Lincoln College was named after Josiah Lincoln, a wool merchant of Halifax in Yorkshire.
The college has nothing to do with the city of Lincoln. Harold Lincoln was killed at Arras. Edith Carrow died in York; Aldred died at Harrogate.
T
run $V build h.txt --db a.db >/dev/null 2>&1
run $V export --db a.db --format geojson | python3 -c 'import json,sys; [print(f["properties"].get("title"), f.get("geometry") and f["geometry"]["coordinates"]) for f in json.load(sys.stdin)["features"]]'
echo "EXPECTED: English places or none; OBSERVED: Halifax Nova Scotia (-63.6,44.6), Lincoln Nebraska (-96.7,40.8) while York/Harrogate/Arras get no coordinates"
