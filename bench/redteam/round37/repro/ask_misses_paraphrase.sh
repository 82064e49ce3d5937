#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D3: a paraphrased question gets a WRONG answer at confidence 0.79 (the inspection date as the closing date), or "sources don't say" though the answer is there
printf 'The Closing of the Works\n\nThe Kessler Glassworks closed in 1968, after eighty-one years of production.\n\nThe factory inspector Miroslav Hlina visited the Kessler Glassworks on 9 October 1905.\n' > closing.txt
printf 'The Founding\n\nAnna Kessler founded the Kessler Glassworks in Bratislava in 1887.\n' > founding.txt
$V build closing.txt founding.txt --db x.db >/dev/null 2>&1
$V ask "When did the factory close?" --db x.db   # observed: "9 October 1905 (confidence 0.79)"; expected 1968
$V ask "who started the glass factory" --db x.db              # expected Anna Kessler
$V ask "In what year did the glassworks open its doors?" --db x.db   # expected 1887
