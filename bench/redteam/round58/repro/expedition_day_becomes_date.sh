#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > depot.md <<'X'
# Depot journey, autumn 1909

## Day 1 — 5 March 1909

Left Cape Garrick with two sledges.

## Day 24 — 28 March 1909

Back at Cape Garrick.
X
$V build depot.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c "import json,sys; [print(repr(e['label']), e['date']) for e in json.load(sys.stdin)['events']]"
# expected: 1909-03-05 and 1909-03-28 (Day 1 / Day 24 are expedition day numbers); observed: ranges 1909-03-01/1909-03-05 and 1909-03-24/1909-03-28
