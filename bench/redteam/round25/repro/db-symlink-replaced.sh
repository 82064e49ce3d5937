#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# --db given as a symlink to an exhibit: the build replaces the LINK with a new regular file; the real exhibit is never updated
printf 'Alpha\n\nAnna Kowalski lived in Gdansk in 1934.\n' > a.txt
printf 'Beta\n\nJan Nowak lived in Warsaw in 1935.\n' > b.txt
"$V" build a.txt --db real.db
ln -s real.db link.db
"$V" build b.txt --db link.db; echo "exit $?"
ls -la link.db real.db
echo "--- documents in real.db (expected: a, b):"; "$V" export --db real.db --format json | python3 -c 'import json,sys; print([d["id"] for d in json.load(sys.stdin)["documents"]])'
[ -L link.db ] && echo "OK: link kept" || echo "DEFECT: link.db is no longer a symlink; real.db was not updated"
