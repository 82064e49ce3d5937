#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D13: an unbalanced U+202E (right-to-left override) from a document survives into entity names and web pages
printf 'Narrator: \xd7\x93\xd7\x95\xd7\xa8\xd7\x99\xd7\xa1 \xe2\x80\xaeosei neleH\xe2\x80\xac said hello in Boston in 1953.\n' > t.txt
run build t.txt --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json,sys;d=json.load(open('x.json'));n=[e['name'] for e in d['entities']];print([repr(x) for x in n]);sys.exit(0 if any('\u202e' in x and '\u202c' not in x for x in n) else 1)"
