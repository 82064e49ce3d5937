V=${V:-/work/redteam34/venv/bin/vitrina}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT; cd "$T"
