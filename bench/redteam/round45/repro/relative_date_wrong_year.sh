#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D4: 'that summer' is anchored to the birth year and exported as a precise EDTF season
printf 'RB: Born 1933. I were twenty that summer, the summer of the strike.\nPL: Born 1941. I remember the strike ending in November.\n' > t.txt
run build t.txt --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json;d=json.load(open('x.json'));ev=[(e['date']['text'],e['date']['edtf']) for e in d['events']];print(ev)
import sys; sys.exit(0 if any(x[1] in ('1933-22','1941-11') for x in ev) else 1)"
