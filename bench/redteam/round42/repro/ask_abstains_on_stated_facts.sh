#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# ask says "the sources don't say" for facts stated plainly in a parish register / family tree.
cat > reg.txt <<'X'
REGISTER OF BAPTISMS (extract)
bapt. 4 Jun 1821 Ann, daughter of John Hartwell, wheelwright, and Mary his wife.
bapt. 3 Feb 1862 Samuel, son of John Hartwell the younger, wheelwright, and Eliza his wife.
X
cat > tree.md <<'X'
# Family
Ann married William Cobley, a thatcher, in 1843. Mary Hartwell (née Pascoe) was the daughter of Richard Pascoe, a miller.
Harold Tremlett was the treasurer of the society.
X
$V build reg.txt tree.md --db t.db >/dev/null 2>&1
for q in "When was Samuel Hartwell baptised?" "When was Ann Hartwell baptised?" "Who married Ann Hartwell?" "Who was Mary Pascoe's father?" "Who was the treasurer of the society?"; do
  echo "Q: $q"; $V ask "$q" --db t.db --json | python3 -c "import json,sys; d=json.load(sys.stdin); print('  A:',d['answer'],d['confidence'])"
done
echo "truth: 3 Feb 1862 / 4 Jun 1821 / William Cobley / Richard Pascoe / Harold Tremlett"
