#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D7: a mostly-UTF-8 text with one cp1250 byte is read as Windows-1252 with NO warning: every UTF-8 character becomes mojibake
printf 'Mixed file\n\nHus was burned in Konstanz in 1415 \xe2\x80\x94 a dash.\n\xc8apek wrote R.U.R. in Prague in 1920.\n' > mixed.txt
$V build mixed.txt --db x.db 2>&1 | grep -v '^building'    # observed: no "Warning: ... not UTF-8; read as ..." line
$V search Konstanz --db x.db                               # observed: "... 1415 â€” a dash."
