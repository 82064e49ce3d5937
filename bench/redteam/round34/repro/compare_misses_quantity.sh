#!/bin/bash
# compare reports the 1822/1826 date conflict but not 33 m vs 45 m for the same tower
. "$(dirname "$0")/_common.sh"
printf 'The Rozewie Lighthouse\n\nThe lighthouse at Rozewie was built in 1822 by Karl Wendt. It stands 33 metres tall.\n' > a.txt
printf '# Rozewie Lighthouse in the Records\n\nThe lighthouse at Rozewie was built in 1826 by Karl Wendt. The tower stands 45 metres tall.\n' > b.md
"$V" build a.txt b.md --db x.db >/dev/null 2>&1
"$V" compare --db x.db
