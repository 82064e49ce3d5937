#!/bin/bash
# Defect: --memory-limit accepts 256 (its documented minimum) but then every file fails, even a tiny one.
. "$(dirname "$0")/_common.sh"
printf '# Note\n\nJan Kowalski visited Paris in 1920.\n' > a.md
"$V" build a.md --db x.db --memory-limit 256; echo "exit $?"
