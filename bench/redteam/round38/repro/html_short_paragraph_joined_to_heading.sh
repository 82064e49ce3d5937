#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A dateline paragraph right after <h1> is merged into the heading (and the title).
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><h1>Letter</h1>\n<p>Clifton, Bristol, 9 June 1890</p><p>Gentlemen, I have examined the fourteen children employed in the carding room.</p></body></html>\n' > l.html
"$V" build l.html --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; head -3 csv/blocks.csv
