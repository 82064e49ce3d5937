# sourced by each repro: sets V and a temp folder T
V=${V:-/work/redteam40/venv/bin/vitrina}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT; cd "$T"
