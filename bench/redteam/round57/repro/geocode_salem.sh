#!/bin/bash
# D5: Salem in a Washington County, New York canvass is placed in Oregon; "New York" (the state) gets a town point.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > canvass.txt <<'T'
Washington County, New York: Official Canvass, 1894

General election of 6 November 1894. Office of Governor.
Levi P. Morton (Republican): 9,412 votes in Washington County.
Certified at Salem by the county clerk, James McKie, on 20 November 1894.
Morton carried the state and became Governor of New York.
T
run $V build canvass.txt --db g.db >/dev/null 2>&1
run $V export --db g.db --format geojson | python3 -c '
import json,sys; d=json.load(sys.stdin); bad=False
for f in d["features"]:
    g=f.get("geometry"); print(f["properties"]["title"], g and g["coordinates"])
    if f["properties"]["title"]=="Salem" and g and g["coordinates"][0] < -100: bad=True
print("DEFECT REPRODUCED (Salem placed in Oregon)" if bad else "not reproduced")'
