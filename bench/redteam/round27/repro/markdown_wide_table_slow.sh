#!/bin/bash
# Medium: a wide Markdown table under 1 MB takes about a minute and ~800 MB-1.1 GB to build.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
python3 -c "open('t.md','w').write('|' + 'a|' * 5000 + '\n|' + '-|' * 5000 + '\n' + ('|' + 'b|' * 5000 + '\n') * 45)"
ls -la t.md
/usr/bin/time -f "%e s wall, %M KB max RSS" "$V" build --db t.db t.md
