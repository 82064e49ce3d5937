#!/bin/bash
# Export to a full device: the error omits which file failed (README promises "Error: <file>: <reason>").
. "$(dirname "$0")/_common.sh"
"$V" build --db x.db doc.txt 2>/dev/null
"$V" export --db x.db --format json -o /dev/full; echo "exit $?"   # Error: no space left on device (disk full)
