#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "# Wall Panels\n\n## Panel 3. Four Timekeepers\n\n### H4\n\nH4, finished in 1759, is not a clock but a large watch.\n" > w.md
"$V" build w.md --db t.db >/dev/null 2>&1
echo "--section 'Four Timekeepers':"; "$V" search watch --db t.db --section 'Four Timekeepers'
echo "--section 3:"; "$V" search watch --db t.db --section 3
echo "--section H4:"; "$V" search watch --db t.db --section H4
echo "Expected: the panel filter includes its sub-sections; observed: No matches for the panel, match only for the sub-heading"
