#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf 'Voices of the Longitude\n\n"Our trusty friend the Watch." — Captain James Cook, writing of K1 in his journal, 1774.\n\n"Nothing can be more inaccurate than the present method of keeping a ship'"'"'s reckoning." — Nevil Maskelyne, in The British Mariner'"'"'s Guide, 1763.\n' > q.txt
"$V" build q.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; cat csv/quotes.csv
echo "Expected: speakers James Cook (1774) and Nevil Maskelyne (1763); observed: speaker and date empty"
