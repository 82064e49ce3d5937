#!/bin/bash
# A day-only date ("the 28th", "the 9th") gets the wrong month: the month of an earlier full date, not the month just named.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat > "$T/d.md" <<'X'
# Journal, 1896

*3 April 1896.* We sailed from Marseilles.

*20 April.* The Colonel joined us.

*About the end of April, perhaps the 28th.* We left Constantinople for Athens.
X
printf 'Diary of 1901\n\n22 January 1901. The Queen is dead.\n\nFebruary. Aunt B. died at Matlock. Buried at Matlock on the 9th.\n' > "$T/e.txt"
$V build --db "$T/x.db" "$T/d.md" "$T/e.txt" >/dev/null 2>&1
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys
for d in json.load(sys.stdin)["documents"]:
    for x in d["dates"]:
        if x["text"] in ("the 28th","the 9th"): print(d["id"], repr(x["text"]), "->", x["edtf"])'
echo "expected: the 28th -> 1896-04-28 (uncertain), the 9th -> 1901-02-09"
