#!/bin/bash
# ask gives confident wrong answers. Checked: "maiden name" -> "Jack (" (0.19) and "children of John Hartwell the younger" -> "Jack" (0.70, one of three).
# In the full collection (logs/asks.jsonl) also: next meeting -> "12 March 1998" (0.79, truth 9 April 1998), Eliza from -> "Adelaide" (0.54).
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > minutes.html <<'X'
<html><head><title>Minutes, 12 March 1998</title></head><body><h1>Minutes</h1>
<p>Meeting held in the Reading Room, 12 March 1998, at 7.30 p.m.</p>
<p>Present: Margaret Dunn (chair), Peter Okafor (secretary), Harold Tremlett (treasurer).</p>
<h2>Next meeting</h2><p>The next meeting will be held on 9 April 1998.</p></body></html>
X
cat > tree.md <<'X'
# Family
John Hartwell the elder married Mary Pascoe in 1815. Mary Hartwell (née Pascoe) was the daughter of Richard Pascoe, a miller.
John Hartwell the younger married Eliza Furze of Exeter in 1846. Their children were Mary Ann (1849), John, called Jack (1851), and Samuel (1862).
Thomas emigrated to Adelaide, South Australia, in 1852.
X
$V build minutes.html tree.md --db t.db >/dev/null 2>&1
for q in "When is the next meeting of the society?" "What was Mary Hartwell's maiden name?" "Where did Eliza Hartwell come from?" "Who was the treasurer?" "Who were the children of John Hartwell the younger?"; do
  echo "Q: $q"; $V ask "$q" --db t.db --json | python3 -c "import json,sys; d=json.load(sys.stdin); print('  A:',d['answer'],d['confidence'])"
done
echo "truth: 9 April 1998 / Pascoe / Exeter / Harold Tremlett / Mary Ann, John (Jack), Samuel"
