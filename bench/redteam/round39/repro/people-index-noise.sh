#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "People\n\nJohn Harrison was born at Foulby, near Wakefield, in 1693.\n\nThe exhibition was organised by the Museum of Timekeeping, Harbourtown.\n\nCaptain James Cook took K1 on his second voyage. Cook called K1 a trusty friend.\n\nLarcum Kendall made K1. Kendall was paid £450.\n" > p.txt
"$V" build p.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; grep ',person,' csv/entities.csv
echo "Expected persons: John Harrison, James Cook, Larcum Kendall; observed (round 39 exhibit): Foulby, Harbourtown, K1 as persons; Cook/James Cook and Kendall/Larcum Kendall unmerged"
