#!/bin/bash
# README: "search, ask — all offline, also as a static site"; the published ask page has no form.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Letter from Anna Static\n\nMrs. Anna Static wrote from Riga on 3 May 1788.\n' > a.txt
$V build a.txt --db t.db >/dev/null 2>&1; $V publish --db t.db --static site >/dev/null 2>&1
grep -c '<form' site/ask.html; grep -o 'This is the published[^<]*<code>[^<]*</code>)' site/ask.html
