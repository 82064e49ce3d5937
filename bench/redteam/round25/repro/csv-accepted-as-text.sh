#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# a CSV (e.g. the --authority file passed by mistake as a PATH) is built as an exhibit document instead of being refused
printf 'name,type,aliases,lat,lon,identifier\nAnna Kowalski,person,,,,\n' > entities.csv
"$V" build entities.csv --db c.db; echo "exit $?"
"$V" export --db c.db --format json | python3 -c 'import json,sys; print([(d["id"], d["format"], d["text"][:60]) for d in json.load(sys.stdin)["documents"]])'
# expected (README): "A file of another format named on the command line is refused at once … unsupported format"
