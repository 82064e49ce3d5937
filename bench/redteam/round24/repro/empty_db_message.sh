#!/bin/bash
# An empty (0-byte) --db file is called "another program's SQLite file?" although README says empty is fine.
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; : > empty.db
"$V" search x --db empty.db; echo "rc=$? (expected: 'no exhibit in empty.db yet (run vitrina build)')"
