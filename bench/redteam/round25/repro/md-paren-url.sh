#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# Markdown image whose URL has balanced parentheses: src truncated, '.png)' injected into the document text
printf '# Maps\n\n![Map](map_(1900).png)\n\nThe map shows Warsaw in 1900.\n' > m.md
"$V" build m.md --db m.db
"$V" export --db m.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin)["documents"][0]; print("text:", repr(d["text"])); print("figures:", [f["src"] for f in d["figures"]])'
# expected: src 'map_(1900).png', no '.png)' paragraph in the text
