#!/bin/bash
# D10 (low): `serve --port 0` binds a random port but prints ":0" as the address.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska led a strike in 1934.\n' > a.txt
"$V" build --db t.db a.txt >/dev/null 2>&1
timeout 15 "$V" serve --db t.db --port 0 2>&1 & P=$!
sleep 8; echo "listening sockets of that server:"; ss -ltnp | grep "pid=$(pgrep -P $P -n || echo $P)," || ss -ltnp | grep vitrina
wait $P
# expected: the printed URL names the port actually bound
