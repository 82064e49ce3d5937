#!/bin/bash
cd /work/redteam49
r(){ ./h.py "$@" >/dev/null; }
r A01 knowledge "authority CSV declaring ships/wards as other and places with coords" "ships/wards not persons/places; Valparaíso joined; Port Jackson placed" 'cp db/main.db db/auth.db; $V build in/coll --db db/auth.db --authority in/k/auth.csv && $V export --db db/auth.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
for e in d[\"entities\"]:
  n=e[\"name\"]
  if any(k in n for k in [\"Charlotte\",\"Boston\",\"Victoria\",\"Nelson\",\"Sydney\",\"Valpara\",\"Jackson\",\"Lincoln\"]): print(e[\"id\"], e[\"type\"], n, e[\"aliases\"], e[\"lat\"], e[\"lon\"], len(e[\"mentions\"]))"' 600
r A02 knowledge "TEI julian date + text Old Style" "1852-06-15 kept; 20 June OS -> 1852-07-02" '$V build in/k/os_dates.xml --db db/k.db && $V export --db db/k.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
for e in d[\"events\"]: print(e[\"date\"], e[\"label\"][:60])"'
r A03 knowledge "noon positions, register/official numbers that look like years" "no dates 1066/1789/1815/1918 invented; positions not turned into places/orgs" '$V build in/k/positions.txt --db db/k2.db && $V export --db db/k2.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
for e in d[\"events\"]: print(\"EV\", e[\"date\"], e[\"label\"][:70])
for e in d[\"entities\"]: print(\"EN\", e[\"type\"], e[\"name\"])
for q in d[\"quantities\"]: print(\"Q\", q[\"text\"], q[\"value\"], q[\"unit\"])"'
r A04 search "search --date 1852-05 on main" "hits from May 1852 only" '$V search anchor --db db/main.db --date 1852-05'
r A05 search "search --entity person-victoria-ward" "(ward-as-person) shows ward mentions" '$V search ward --db db/main.db --entity person-victoria-ward --limit 20'
r A06 search "search --section Statistics --document as-02-annual-report-1918" "only that section" '$V search deaths --db db/main.db --section Statistics --document as-02-annual-report-1918'
r A07 ask "re-ask Q07 with non-ASCII (harness fixed)" "2 January 1854" '$V ask "When did the City of Boston arrive at Valparaíso?" --db db/main.db --json'
sed -i 's/Log of the Queen Charlotte, homeward passage (revised)/"Log of the Queen Charlotte, homeward passage (revised)"/' in/coll2/voyages.csv
r R09 rebuild "fix CSV (quoted title) and rebuild without --catalogue" "catalogue re-read; QC-02 record shows new title, SY-01 rights changed" '$V build in/coll2 --db db/re.db && $V export --db db/re.db --format json | python3 -c "
import json,sys; d=json.load(sys.stdin)
for x in d[\"documents\"]:
  if x[\"id\"].startswith(\"qc-02\"): print(x[\"catalogue\"])"'
r R10 rebuild "export TEI of main then of the --replace-all db (1 doc) into the same folder" "files of dropped docs removed and counted" 'rm -rf out/stale_tei; $V export --db db/main.db --format tei -o out/stale_tei; ls out/stale_tei | wc -l; $V export --db db/re_ra.db --format tei -o out/stale_tei; ls out/stale_tei'
r I02b interrupt "SIGINT (Ctrl-C) a build mid-way, job control on so SIGINT is not ignored" "exit 130/1, one line, no traceback; db intact" 'set -m; md5sum db/kill.db > out/kill2.md5; ( $V build in/coll --db db/kill.db --fresh & P=$!; sleep 12; kill -INT $P; wait $P; echo rc=$? ); md5sum -c out/kill2.md5; ls -a db | grep kill'
echo Q6DONE
