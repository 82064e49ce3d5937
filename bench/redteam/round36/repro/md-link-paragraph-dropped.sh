#!/bin/bash
# Defect: a Markdown paragraph that is only a link (or a bracketed text vitrina takes for one) is dropped
# from the document without any warning (silent data loss).
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Intro. Anna Lind lived in Oslo in 1900.\n\n[plain link text](https://example.org/ab)\n\n[spaced](https://example.org/a b)\n\nOutro.\n' > links.md
$V build links.md --db t.db 2>&1 | grep -v '^building'
$V search "plain link text" --db t.db
$V export --db t.db --format json | python3 -c 'import json,sys; print(repr(json.load(sys.stdin)["documents"][0]["text"]))'
echo 'expected: the text "plain link text" and "[spaced](…)" kept (or a warning); observed: both paragraphs gone'
rm -rf "$T"
