#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Places\n\nThomas Harlan was born in 1771 in Lancaster, Pennsylvania.\n\nThe party laid out a town site at Athens, Ohio, in 1804. Jordan Ellis carried the instruments from Pittsburgh to Marietta. James Harlan ran a tavern in Zanesville.\n' > p.txt
$V build --db t.db p.txt >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "
import json,sys
for e in json.load(sys.stdin)['entities']:
    if e['type']=='place': print(e['id'], e['lat'], e['lon'])"
echo "(expected: Pennsylvania/Ohio at state coordinates, Marietta and Zanesville (Ohio) placed; observed: Pennsylvania at exactly Lancaster's point, Ohio at Mansfield's; Marietta without coordinates (Zanesville and Chillicothe also unplaced in the full round-35 exhibit))"
