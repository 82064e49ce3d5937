#!/bin/bash
# D3: a departure date is offered as a rival arrival date ("sources differ").
. "$(dirname "$0")/_common.sh"
cat > news.html <<'X'
<html><head><title>Kingston Chronicle, 2 June 1832</title></head><body><h1>THE RIDEAU CANAL OPENED</h1>
<p>The steamboat Pumper, having on board Lieutenant-Colonel By and his family, left Kingston on Tuesday the 22nd of May and arrived at Bytown on the 29th, having passed every lock without accident.</p></body></html>
X
cat > chron.md <<'X'
# Chronology

| Date | Event |
|---|---|
| 22 May 1832 | Steamboat Pumper leaves Kingston |
| 29 May 1832 | Pumper arrives at Bytown; canal opened |
X
$V build news.html chron.md --db t.db >/dev/null 2>&1
$V ask "when did the pumper arrive at bytown" --db t.db
# observed: "29 May 1832 (sources differ: Tuesday the 22nd of May)"
