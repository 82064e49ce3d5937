#!/bin/bash
# Self-contained reproduction. V = path to vitrina.
V=${V:-/work/redteam35/venv/bin/vitrina}
export VITRINA_CACHE_DIR=${VITRINA_CACHE_DIR:-/work/redteam35/cache} NO_COLOR=1
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX); trap 'rm -rf "$T"' EXIT; cd "$T"
cat > one.txt <<'DOC'
The Treaty of Marlow

The Treaty of Marlow was signed on 4 May 1820 at Fort Hale.
General Amos Crane commanded Fort Hale from 1815 to 1822.
Amos Crane died in 1830 in Richmond, Virginia.
The fort's garrison numbered 240 men in 1818.
DOC
cat > two.txt <<'DOC'
Notes on Fort Hale

The Treaty of Marlow was signed on 9 June 1821 at Fort Hale.
General Amos Crane commanded Fort Hale from 1815 to 1822.
Amos Crane died in 1836 in Charleston, South Carolina.
The fort's garrison numbered 410 men in 1818.
DOC
$V build --db t.db one.txt two.txt >/dev/null 2>&1
$V ask --db t.db "Where did Amos Crane die?"; echo "(expected: both places or the conflict; observed: Richmond only, the Charleston source not mentioned)"
$V ask --db t.db "When did Amos Crane die?"; echo "(expected: 1830 vs 1836; observed: The sources don't say)"
$V ask --db t.db "When was the Treaty of Marlow signed?"; echo "(expected: both dates / conflict; observed: The sources don't say)"
