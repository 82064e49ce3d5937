# sourced by the repro scripts
V=${V:-/work/redteam32/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_serve() {  # $1 db -> sets PORT, SPID
  PORT=$(free_port); "$V" serve --db "$1" --port "$PORT" > serve.log 2>&1 & SPID=$!
  for i in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return 0; sleep 0.5; done
}
stop_serve() { kill "$SPID" 2>/dev/null; wait "$SPID" 2>/dev/null; }
