#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# An HTML clipping whose year is only in <title>/<header>: 'March 3' and 'March 2' in the story get no date at all.
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The London Evening Courier, 4 March 1889</title></head><body><header><p>THE LONDON EVENING COURIER</p><p>Monday, 4 March 1889</p></header><article><h2>A BRISTOL MILL ABLAZE</h2><p>LONDON, March 3 \xe2\x80\x94 Telegrams report that the Harwick Mill at Bristol was badly damaged by fire on the night of March 2.</p></article></body></html>\n' > c.html
"$V" build c.html --db t.db 2>/dev/null
"$V" export --db t.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin)["documents"][0]; print(repr(d["text"])); print("dates:", d["dates"])'
