#!/bin/bash
# D8 (medium): --time-limit (per file, "to read and analyse", accepted from 1) is also charged to
# the worker's model load: with --time-limit 1 even a 3-line text is not built and the whole
# build aborts with "worker processes cannot start: a worker exited while loading the model
# (killed by SIGXCPU)" — no mention of --time-limit, and the other files are not built either.
V=${V:-/work/redteam23/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Notes\n\nMaria Kowalska led a strike in 1934.\n' > a.txt
"$V" build --db t.db --time-limit 1 a.txt; echo "exit=$?"
# expected: a.txt built (or reported as over the per-file limit while the rest is built); 
# or the option refuses values too small to load the model, saying so
