#!/bin/bash
# `publish` writes through a symlink inside the --static folder, overwriting a file outside it.
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'A title\n\nIn 1911 Tom Mann spoke in Liverpool.\n' > a.txt
"$V" build a.txt --db x.db 2>/dev/null
"$V" publish --db x.db --static site            # a first, normal publish
echo "PRECIOUS" > outside.txt
rm site/index.html; ln -s ../outside.txt site/index.html
"$V" publish --db x.db --static site
echo "outside.txt now starts with:"; head -c 40 outside.txt; echo
grep -q PRECIOUS outside.txt && echo "OK: untouched" || echo "DEFECT: file outside --static overwritten"
