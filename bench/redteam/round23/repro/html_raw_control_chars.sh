#!/bin/bash
# D2: control characters from document text (HTML char refs, raw ESC in Markdown) and from
# file names reach served pages, the static site and the CSV export as raw bytes
# (ESC, BEL: invalid in HTML, terminal escapes when a CSV is cat'ed).
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; mkdir in
L=$(printf 'Erik Larsen visited Oslo in 1920 and wrote about the harbour. %.0s' 1 2 3 4 5)
printf '<html><head><title>Title&#27;]0;PWNED&#7; here</title></head><body><p>%s Anna Berg lived in Rome in 1930.</p></body></html>' "$L" > in/page.html
printf '# MD \x1b[31mred\x1b[0m heading\n\n%s\n' "$L" > in/note.md
"$V" build --db t.db in >/dev/null 2>&1
"$V" publish --db t.db --static site >/dev/null
"$V" export --db t.db --format csv -o csv >/dev/null
echo "files with raw ESC/BEL bytes:"; LC_ALL=C grep -rlP '[\x07\x1b]' site csv | head
# expected: none (controls dropped or escaped, as the CLI already does)
