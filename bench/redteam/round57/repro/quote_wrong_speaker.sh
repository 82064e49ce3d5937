#!/bin/bash
# D1: a quotation introduced by "The Archdeacon ... said:" is credited to a convert named earlier in the sentence;
#     quotations after "The Mother Superior said:" / "Sir George Pemberton replied:" get no speaker.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > visit.txt <<'T'
Bishop's visitation of St. Faith's, Whitsuntide 1876

The visitation was made by Archdeacon T. W. Ransome on Whit Monday 1876.

The Archdeacon confirmed 23 candidates, among them Mary Chisomo and John Kachere, and said: "This hill has more faith than my cathedral."

The Mother Superior, Mother Mary Agnes of the Community of St. Faith, reports 41 girls in the school.

The Mother Superior said: "The girls learn faster than the boys, and the boys know it."

Sir George Pemberton replied: "The majority is small and the next election will undo it."
T
run $V build visit.txt --db v.db >/dev/null 2>&1
run $V export --db v.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)
for q in d["quotes"]: print(repr(q["text"][:45]), "-> speaker:", q["speaker"], q.get("speaker_words"))
bad=[q for q in d["quotes"] if "cathedral" in q["text"] and q["speaker"] and "ransome" not in q["speaker"]]
none=[q for q in d["quotes"] if q["speaker"] is None and not q.get("speaker_words")]
print("DEFECT REPRODUCED" if bad or none else "not reproduced")'
