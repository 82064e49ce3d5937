#!/bin/bash
# A short UTF-8 text with two backspace bytes is refused whole as "unsupported format (binary data)".
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Tab\tseparated\ttitle\n\nIn 1942 Paul Klee painted in Bern.\x08\x08 backspace.\n' > bs.txt
"$V" build bs.txt --db x.db; echo "rc=$? (expected: built, control bytes dropped)"
