#!/bin/bash
# U+FEFF inside the text is kept with no warning: an entity is named "Lincoln<FEFF> Farm" and Henry Lincoln is not found.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '\xef\xbb\xbfDeed of Lincoln\xef\xbb\xbf Farm, mortgaged by Henry\xef\xbb\xbf Lincoln of Bakewell in 1835.\n' > "$T/a.txt"
$V build --db "$T/x.db" "$T/a.txt" 2>&1 | grep -v building
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys; d=json.load(sys.stdin); print(repr(d["documents"][0]["text"])); print([e["name"] for e in d["entities"]])'
echo "expected: stray U+FEFF dropped (or warned); Lincoln Farm / Henry Lincoln found"
