#!/bin/bash
# D3: mission stations, a party and offices get the wrong type: a station named after a place is a person,
#     a political party is a place, a woman's pet name is a place, "Conservative Walter Prior" is an organization.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > types.html <<'T'
<html><head><title>Livingstonia and Bristol</title></head><body>
<h1>Livingstonia and Bristol</h1>
<h2>Bandawe, 1881</h2>
<p>Because of fever the station was moved in 1881 to Bandawe, on the western shore of the lake. Bandawe station was sketched c. 1883.</p>
<p>Tammany Hall is named after Tamanend, a Lenape chief, but it is a political organization, not a person.</p>
<p>Henry Aldous (Liberal): 6,412 votes. This was the first time the seat had returned a Liberal since 1885.</p>
<p>Miss Margaret Dunlop stood as a Liberal, and lost to the Conservative Walter Prior by 214 votes.</p>
<p>I am, as ever, your loving sister, Nellie (E. Harris, née Whitcombe)</p>
</body></html>
T
run $V build types.html --db t.db >/dev/null 2>&1
run $V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
wrong={"Bandawe":"place","Tammany Hall":"organization","Liberal":"organization","Nellie":"person","Walter Prior":"person"}
bad=0
for e in d["entities"]:
    print(e["id"], "|", e["type"], "|", e["name"])
    if e["name"] in wrong and e["type"]!=wrong[e["name"]]: bad+=1
    if e["name"].startswith("Conservative "): bad+=1
print("DEFECT REPRODUCED (%d wrong)"%bad if bad else "not reproduced")'
