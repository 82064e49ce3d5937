#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'The Survey\n\nGeorgia Whitfield, a schoolteacher from Boston, joined the party at Marietta in 1803.\n' > a.md
printf 'Two Doctors\n\nSamuel Johnson, the physician of Marietta, treated the survey party for fever in 1803.\n\nJordan Ellis, a boatman, carried the party'"'"'s instruments from Pittsburgh to Marietta in April 1803.\n' > b.txt
printf 'Classical Names\n\nCyrus Pell taught at the Athens academy in the 1821-22 academic year.\n' > c.txt
printf 'Letters\n\nGeorgia Whitfield never visited Georgia. She taught at Athens until 1821.\n' > d.txt
$V build --db t.db a.md b.txt c.txt d.txt >/dev/null 2>&1
$V compare --db t.db
echo "(expected: no groups — these are different people doing different things; observed: CONSISTENT groups pairing them)"
