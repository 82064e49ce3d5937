#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
printf 'Letters\n\nGeorgia Whitfield, a schoolteacher from Boston, joined the party at Marietta in 1803.\n\nThe ferryman, Elias Harlan, was the son of Thomas Harlan.\n\nThe bridge over the Hocking River was 40 to 45 feet long and cost $1,200.\n\nStalingrad, now Volgograd, is mentioned here only because a descendant, Anna Harlan, served as a nurse there in 1943.\n' > l.txt
$V build --db t.db l.txt >/dev/null 2>&1
for q in "Who was the father of Elias Harlan?" "How much did the bridge cost?" "What is Stalingrad called now?" "Where did Anna Harlan serve as a nurse?"; do echo "Q: $q"; $V ask --db t.db "$q" | head -2; done
echo "(expected: Thomas Harlan / \$1,200 / Volgograd / Stalingrad; observed: The sources don't say, while citing the very sentence; in the full round-35 exhibit 'Where was Georgia Whitfield from?' failed the same way)"
