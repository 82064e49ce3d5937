#!/bin/bash
# D8: the build says terminal escape sequences were removed, but the document title keeps them
#     (JSON export, JSON twins, search --json) and the TEI title gets U+FFFD plus "[31m" debris.
# common prologue: V = vitrina, T = temp folder
V=${V:-/work/redteam57/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
# a one-line file (its line becomes the title), with CSI and OSC sequences, two backspaces and CRLF
printf 'The \033[31mRev. J. T. Harris\033[0m founded \033]0;PWNED\007St. Faith'"'"'s in 1871.\010\010\r\n' > ctrl.txt
run $V build ctrl.txt --db c.db 2>&1 | grep -a Warning
run $V export --db c.db --format json | python3 -c '
import json,sys; t=json.load(sys.stdin)["documents"][0]["title"]; print("JSON title:", repr(t))
print("DEFECT REPRODUCED (ESC kept in title)" if "\x1b" in t else "not reproduced")'
run $V export --db c.db --format tei -o tei >/dev/null && grep -a -o "<title[^>]*>[^<]*" tei/*.xml | head -2 | cat -v
