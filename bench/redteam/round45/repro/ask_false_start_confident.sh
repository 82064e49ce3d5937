#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D6: a narrator's self-corrected false start is given as the answer with confidence 0.99
cat > t.md <<'X'
# Interview BCS-008: Peggy Lound (née Wrigley)

Interviewer: Helen Osei. Recorded 22 January 2020 in Spalding, Lincolnshire.

PL = Peggy Lound; HO = Helen Osei.

[00:00:10] HO: Peggy, you're Doris's older sister?

[00:00:14] PL: Three years older. Born 1941. I were twelve that summer.

[00:02:20] HO: What do you remember of your father in the strike?

[00:02:26] PL: My father — Arthur — he were out from the first day. I remember the strike ending in November, just before Bonfire Night. No, that's not right, it were before — it were October. Doris always says the nineteenth.

[00:04:01] PL: Our mam, Edith, she cried when it were over. Not from sadness.

[00:05:33] HO: Did you know Nellie Garfield?

[00:05:37] PL: Everybody knew Nellie. She lived on Tawney Street. She went to Lincoln after, to work for the union.
X
run build t.md --db x.db >/dev/null 2>&1
run ask "When did the strike end?" --db x.db --json | python3 -c "import json,sys;a=json.load(sys.stdin);print(a['answer'],a['confidence']);sys.exit(0 if a['answer'] and 'November' in a['answer'] else 1)"
