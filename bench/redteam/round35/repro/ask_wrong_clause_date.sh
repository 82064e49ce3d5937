#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Towns\n\nLater settlers from the same families founded Moscow, Idaho, in 1877, and Paris, Texas, in 1844.\n' > t.txt
$V build --db t.db t.txt >/dev/null 2>&1
$V ask --db t.db "When was Paris, Texas founded?"; echo "(expected 1844; observed 1877)"
