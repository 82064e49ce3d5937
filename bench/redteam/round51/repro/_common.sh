# sourced by each repro: sets V and a temp folder T
V=${V:-/work/redteam51/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); cd "$T"
export NO_COLOR=1
