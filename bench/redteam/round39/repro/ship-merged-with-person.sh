#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf "Cook\n\nCaptain James Cook was born at Marton in Yorkshire on 7 November 1728 and was killed at Kealakekua Bay on 14 February 1779.\n\nThe research ship RRS James Cook, launched in 2006 and named after the navigator, still carries precise clocks today.\n" > c.txt
"$V" build c.txt --db t.db >/dev/null 2>&1
"$V" export --db t.db --format csv -o csv >/dev/null 2>&1; grep -i 'cook' csv/events.csv | cut -c1-200
echo "Expected: the 2006 launch is the ship's event; observed: event 'RRS James Cook launched' (2006) with participant person-james-cook"
