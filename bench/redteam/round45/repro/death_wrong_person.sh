#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D9: "He died in 1971" (the narrator's father) becomes "Ashworth died" with the manager as participant
printf 'DW: My father, Arthur Wrigley, was a boilerman. Everybody was frightened of Nellie, even Mr Ashworth, the manager, Cyril Ashworth.\n\nINTERVIEWER: Did your father ever talk about it afterwards?\n\nDW: Not much. He said it was the best thing he ever did. He died in 1971.\n' > t.txt
run build t.txt --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json,sys;d=json.load(open('x.json'));ev=[(e['label'],e['date']['edtf'],e['participants']) for e in d['events']];print(ev)
sys.exit(0 if any(x[1]=='1971' and any('ashworth' in p for p in x[2]) for x in ev) else 1)"
