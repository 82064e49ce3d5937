#!/bin/bash
cd /work/redteam49
r(){ ./h.py "$@" >/dev/null; }
# rebuild scenario
r R01 rebuild "initial build coll2 + catalogue" "exit 0" 'rm -f db/re.db; $V build in/coll2 --db db/re.db --catalogue in/coll2/voyages.csv && $V export --db db/re.db --format json -o out/re1.json && $V export --db db/re.db --format csv -o out/re1csv' 600
# edits
sed -i 's/Log of the Queen Charlotte (homeward)/Log of the Queen Charlotte, homeward passage (revised)/; s/^SY-01.*$/SY-01,Log of the brig Sydney,Sydney,James Ferrier,Hobart Town,1853-04-04,Auckland,1853-04-15,CC0 (changed)/' in/coll2/voyages.csv
sed -i 's/Saturday 14th August 1852. Passed the Heads/Sunday 15th August 1852. Passed the Heads/' in/coll2/sea/QC-02_log_homeward.txt
mv in/coll2/sea/cape_horn.jpg in/coll2/sea/cape_horn_1853.jpg
rm in/coll2/sea/SY-01_sydney_log.txt
r R02 rebuild "rebuild after CSV edit, record edit, image rename, SY-01 removed" "SY-01 dropped (said), QC-02 re-read, others unchanged, catalogue re-read" '$V build in/coll2 --db db/re.db --verbose && $V export --db db/re.db --format json -o out/re2.json && $V export --db db/re.db --format csv -o out/re2csv' 600
r R03 rebuild "diff exports before/after" "ids stable; SY-01 gone everywhere; new date; catalogue updated; no stale entity" 'tools/bin/python cmp_re.py'
r R04 rebuild "rebuild unchanged" "0 analysed" '$V build in/coll2 --db db/re.db'
r R05 rebuild "rename a document file" "kept analysis, id follows, old id redirect" 'mv in/coll2/sea/AR-01_admiral_rodney.md in/coll2/sea/AR-01_admiral_rodney_log.md; $V build in/coll2 --db db/re.db'
r R06 rebuild "--replace-all with a single file" "drops others, lists them" 'cp db/re.db db/re_ra.db; $V build in/coll2/sea/QC-01_log_outward.txt --db db/re_ra.db --replace-all'
r R07 rebuild "--replace-all with only a bad file" "writes nothing; db intact" 'cp db/re.db db/re_ra2.db; md5sum db/re_ra2.db; $V build in/h/junk.txt --db db/re_ra2.db --replace-all; md5sum db/re_ra2.db'
r R08 rebuild "zip of the collection" "members cited ARCHIVE!PATH; ids same as folder" 'rm -f db/zip.db; $V build in/coll.zip --db db/zip.db --verbose && $V export --db db/zip.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(sorted(x[\"id\"] for x in d[\"documents\"])); print(d[\"documents\"][0][\"source\"])"' 600
# interrupted build
cp db/main.db db/kill.db; md5sum db/kill.db > out/kill.md5
r I01 interrupt "kill -9 a --fresh build mid-way" "old db intact (same md5, exports)" '( $V build in/coll --db db/kill.db --fresh & P=$!; sleep 12; kill -9 $P; pkill -9 -P $P 2>/dev/null; wait $P; echo killed rc=$? ); sleep 2; md5sum -c out/kill.md5; ls -la db/ | grep kill; $V export --db db/kill.db --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)[\"documents\"]))"'
r I02 interrupt "SIGINT (Ctrl-C) a build mid-way" "clean exit 130/1 without traceback; db intact" '( $V build in/coll --db db/kill.db --fresh & P=$!; sleep 12; kill -INT $P; wait $P; echo rc=$? ); md5sum -c out/kill.md5; ls db | grep kill'
r I03 interrupt "SIGTERM a build mid-way" "clean exit, db intact, no stray files" '( $V build in/coll --db db/kill.db --fresh & P=$!; sleep 12; kill -TERM $P; wait $P; echo rc=$? ); sleep 1; md5sum -c out/kill.md5; ls -la db | grep kill'
r K01 concurrency "two builds on one database at once" "one waits or refuses; db consistent" 'cp db/main.db db/conc.db; ( $V build in/coll/sea --db db/conc.db --fresh > out/conc1.log 2>&1 & $V build in/coll/hosp --db db/conc.db --fresh > out/conc2.log 2>&1; wait ); cat out/conc1.log out/conc2.log | tail -8; $V export --db db/conc.db --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)[\"documents\"]))"' 600
echo Q4DONE
