#!/bin/bash
# Defect: search for a Chinese word finds it only where it stands between spaces/punctuation, not inside running Chinese text.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Luopan\n\nObject name: luopan (羅盤).\n\n萬安羅盤以吳魯衡最為著名。\n' > c.txt
$V build c.txt --db t.db >/dev/null 2>&1
$V search '羅盤' --db t.db      # expected 2 hits; the second sentence is not found
