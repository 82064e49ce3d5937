#!/bin/bash
cd /work/redteam57; V=venv/bin/vitrina; D=db/coll.db
r(){ id=$1; exp=$2; shift 2; T=60 bin/run $id cli-misuse "$*" "$exp" -- "$@"; }
r U01 "exit 2" $V build
r U02 "exit 2" $V bogus
r U03 "exit 2" $V build in/coll --db $D --jobs 0
r U04 "exit 2" $V build in/coll --db $D --jobs -1
r U05 "exit 2" $V build in/coll --db $D --time-limit nan
r U06 "exit 2" $V build in/coll --db $D --time-limit inf
r U07 "exit 2" $V build in/coll --db $D --memory-limit 99999999999999999999
r U08 "exit 2" $V build in/coll --db $D --memory-limit 10
r U09 "exit 2 (contradictory)" $V build in/coll --db db/u.db --authority in/coll/catalogue.csv --no-authority
r U10 "exit 2 (contradictory)" $V build in/coll --db db/u.db --jobs 2 --workers 2
r U11 "exit 2 or 1" $V build in/coll --db db/u.db --encoding klingon
r U12 "exit 1/2 missing file" $V build in/does_not_exist.txt --db db/u.db
r U13 "exit 2" $V export --db $D --format rdf
r U14 "exit 2 folder-format to stdout" $V export --db $D --format tei
r U15 "exit 2 out.csv name refused" $V export --db $D --format csv -o out/u15.csv
r U16 "exit 1, no db" $V export --db db/nonexistent.db --format json -o out/u16.json
r U17 "exit 1 not a vitrina db" $V search Harris --db /etc/passwd
r U18 "exit 2" $V search Harris --db $D --limit 0
r U19 "exit 2" $V search Harris --db $D --limit 100000
r U20 "exit 2 unknown doc" $V search Harris --db $D --document nope
r U21 "exit 2 unknown entity, suggests" $V search Harris --db $D --entity harris
r U22 "exit 2 bad date" $V search Harris --db $D --date notadate
r U23 "results or none, no tb" $V search Harris --db $D --date 1872-13-45
r U24 "no tb" $V search "" --db $D
r U25 "no tb (FTS syntax)" $V search '"unbalanced AND OR NEAR( * ^' --db $D
r U26 "no tb" $V search "$(python3 -c 'print("Harris "*5000)')" --db $D
r U27 "no tb" $V ask "" --db $D
r U28 "no tb" $V ask "$(python3 -c 'print("who "*20000)')" --db $D --json
r U29 "exit 2" $V serve --db $D --port 70000
r U30 "exit 2" $V serve --db $D --port -1
r U31 "exit 1 not a vitrina db, file untouched" $V build in/coll/elections/e01_bristol_west_1906.txt --db in/coll/mission/m01_stfaiths_report_1872.txt
r U32 "exit 2" $V compare --db $D --verdict maybe
r U33 "exit 2" $V compare --db $D --entity person-nobody
r U34 "exit 0" $V compare --db $D --verdict differ --json
r U35 "exit 2 (missing --static)" $V publish --db $D
r U36 "exit 1 static into a file" $V publish --db $D --static in/coll/catalogue.csv
r U37 "exit 2" $V search Harris --db $D --section "no such section"
r U38 "exit 2" $V search Harris --db $D --no-subsections
r U39 "exit 1, db is a dir" $V search Harris --db db
r U40 "exit 2" $V build in/coll --db $D --cluster notaurl
r U41 "exit 1/2 (needs extra)" $V build in/coll --db 'postgresql://me@127.0.0.1:1/x'
r U42 "exit 1/2 catalogue missing" $V build in/coll/elections/e01_bristol_west_1906.txt --db db/u.db --catalogue nope.csv
r U43 "exit 1 catalogue is binary" $V build in/coll/elections/e01_bristol_west_1906.txt --db db/u43.db --catalogue in/h/binary.txt
r U44 "exit 1 authority without name column" $V build in/coll/elections/e01_bristol_west_1906.txt --db db/u44.db --authority in/coll/catalogue.csv
echo CLI-DONE
