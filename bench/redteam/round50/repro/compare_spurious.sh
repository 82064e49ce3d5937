#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > a.txt <<'X'
Plan of Königsberg

Centre of the sheet: 54°42′36″N 20°30′36″E.
Tenders for the Carnegie Library were opened on 2 October 1907.
Drawing A-101 rev C was revised on 14 May 1907.
X
cat > b.txt <<'X'
Plan of Constantinople

Centre of the sheet: 41°00′54″N 28°58′48″E.
Tenders for the Paris Hotel were opened on 15 October 1907.
Drawing A-101 rev C was revised on 14 March 1907, not on 14 May 1907 as the earlier register says.
X
$W $V build a.txt b.txt --db t.db >/dev/null 2>&1
$W $V compare --db t.db
echo "EXPECTED: no DIFFER for the tenders of two different buildings (Carnegie Library vs Paris Hotel), labelled here 'opened centre'. (In the full collection compare also flagged coordinate degrees 54 vs 41 and scales 63,360 vs 10,560 as differing, and missed the 14 May/14 March correction.)"
