#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Note, 1887\n\nThe ship Bismarck (Hamburg America Line) carried emigrants from Hamburg; it is not the statesman Otto von Bismarck.\n\nInspector Thomas Peel of the Peel division attended.\n' > note.txt
printf 'name,type,aliases,lat,lon,identifier\nBismarck,vessel,S.S. Bismarck,,,\n' > auth.csv
$V build note.txt --db t.db --authority auth.csv >/dev/null 2>&1
$V export --db t.db --format csv -o csv >/dev/null 2>&1
echo "expect: Bismarck (ship) a vessel per the authority, Peel division not the inspector:"; grep -E 'bismarck|peel' csv/mentions.csv
