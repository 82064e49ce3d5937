#!/bin/bash
# FAIL (message): reading another program's SQLite file says "schema version 0, expected 2; rebuild it with
# `vitrina build --replace-all`", but doing that is (rightly) refused as "not a vitrina database".
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
python3 -c "import sqlite3;c=sqlite3.connect('other.db');c.execute('create table x(a)');c.commit()"
printf 'T\n\nLeningrad 1941.\n' > good.txt
"$V" search foo --db other.db; echo "exit=$?"
"$V" serve --db other.db --port 0; echo "exit=$?"
"$V" build good.txt --db other.db --replace-all; echo "exit=$?"
