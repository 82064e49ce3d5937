#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D7: transcript apparatus (speaker labels, timestamps, header fields) becomes people and organizations
printf 'Interview BCS-007: Walter Dunmore\nInterviewer: Tom Blaylock (TB)\nNarrator: Walter Dunmore (WD)\nDate of interview: 11 November 2019\n\n[00:00:03] INTERVIEWER: Walter, how old were you in 1953?\n\n[00:00:07] WD: Thirteen. Me dad were on the line in Boston.\n\n[00:00:12] DW: Nellie Garfield led it.\n\n[00:07:03] INTERVIEWER: Thank you.\n' > t.txt
run build t.txt --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json,sys;d=json.load(open('x.json'));n=[(e['type'],e['name']) for e in d['entities']];print(n)
sys.exit(0 if any(('INTERVIEWER' in x[1].upper()) or (']' in x[1]) for x in n) else 1)"
