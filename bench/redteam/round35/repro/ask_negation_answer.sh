#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
cat > harlan_survey.md <<'DOC'
# The Harlan Survey, 1802–1811

## Panel 1: The surveyors

Thomas Harlan was born in 1771 in Lancaster, Pennsylvania. In the winter of 1802-3 he led a survey party west along the Ohio River. His cousin Margaret Harlan kept the accounts of the party; she was born c. 1780 and died in 1849.

Georgia Whitfield, a schoolteacher from Boston, joined the party at Marietta in 1803. Austin Pryce, a printer, published the survey's first map in 1804.

## Panel 2: The towns

The party laid out a town site at Athens, Ohio, in 1804. The bridge over the Hocking River there was 40 to 45 feet long and cost $1,200. The party's claim covered 3,200 acres.

Later settlers from the same families founded Moscow, Idaho, in 1877, and Paris, Texas, in 1844.

## Panel 3: The petition

In 1809 the settlers petitioned the legislature for a county seat. Thomas Harlan signed the petition; Austin Pryce did not sign it.

"The river has no memory," Georgia Whitfield wrote in her journal.

A sign at the ferry read "No passage after dark."

Had the legislature refused, the county seat would have gone to Chillicothe.

The Harlan mill burned in 1811. Thomas Harlan died on 10/11/1818 at Athens.
DOC
$V build --db t.db harlan_survey.md >/dev/null 2>&1
$V ask --db t.db "Who signed the petition?"; echo "(expected Thomas Harlan; observed: Austin Pryce, the one who did not sign)"
$V ask --db t.db "When did the Harlan mill not burn?"; echo "(expected: sources don't say; observed: 1811)"
