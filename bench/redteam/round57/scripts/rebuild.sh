#!/bin/bash
cd /work/redteam57; V=venv/bin/vitrina
rm -rf in/coll2 db/r.db out/r1 out/r2; cp -a in/coll in/coll2
T=600 bin/run C01 rebuild "coll2 first build" "exit 0" -- $V build in/coll2 --db db/r.db --catalogue in/coll2/catalogue.csv
$V export --db db/r.db --format json -o out/r1.json >/dev/null; $V export --db db/r.db --format tei -o out/r1tei >/dev/null; $V export --db db/r.db --format csv -o out/r1csv >/dev/null
# edits
sed -i 's/Okeke-Price/Okeke-Pryce/' in/coll2/mission/m07_stfaiths_renamed.txt
sed -i 's/Letter home/Letter home (revised)/' in/coll2/catalogue.csv
echo 'm08,Mother Superior note,Mother Mary Agnes,1884,CC BY 4.0,missions' >> in/coll2/catalogue.csv
echo '121,Andrew Banda,Banda,1873-06-01,Whitsunday,St. Faith'"'"'s,Rev. J. T. Harris' >> in/coll2/mission/baptism_register.csv
mv in/coll2/mission/images/bandawe.png in/coll2/mission/images/bandawe_station_1883.png
mv in/coll2/mission/m08_mother_superior_note.txt in/coll2/mission/m08_mother_superior_michaelmas.txt
rm in/coll2/elections/e03_tammany_1894.html
T=600 bin/run C02 rebuild "coll2 after edits (m07 edited, catalogue edited, m08 renamed, e03 removed, image renamed)" "Dropped e03, renamed m08 kept, m07 re-read, catalogue re-read" -- $V build in/coll2 --db db/r.db --verbose
$V export --db db/r.db --format json -o out/r2.json >/dev/null; T=60 bin/run C03 rebuild-export "tei into same folder after drop" "stale e03 xml removed" -- $V export --db db/r.db --format tei -o out/r1tei; T=60 bin/run C04 rebuild-export "csv into same folder" "updated" -- $V export --db db/r.db --format csv -o out/r1csv
T=600 bin/run C05 rebuild "rebuild unchanged" "0 analysed" -- $V build in/coll2 --db db/r.db
echo REBUILD-DONE
