#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D5/D6: a quotation reported by the narrator is attributed to the narrator, and ask repeats it confidently
cat > t.md <<'X'
# Interview with Albert Cammack

**Q:** What do you remember of the first day?

**A:** Nellie stood on a crate in the yard and she said, "Not one tin leaves this yard." Nellie Garfield, that was. Albert Cammack remembers it well.
X
run build t.md --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "import json;d=json.load(open('x.json'));print([(q['speaker'],q['text']) for q in d['quotes']])"
run ask 'Who said "Not one tin leaves this yard"?' --db x.db --json | python3 -c "import json,sys;a=json.load(sys.stdin);print(a['answer'],a['confidence']);sys.exit(0 if a['answer'] and 'Nellie' not in a['answer'] else 1)"
