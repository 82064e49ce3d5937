#!/bin/bash
# ask says "The sources don't say" for questions the cited sentence answers (dimensions, "who opened")
. "$(dirname "$0")/_common.sh"
printf '# Bridges\n\nThe Cow Bridge was built in 1650 by the mason Peter Hahn. The Cow Bridge is 25 metres long. Helena Kowalska opened a bookshop in Poznan in 1881.\n' > b.md
"$V" build b.md --db x.db >/dev/null 2>&1
"$V" ask "How long is the Cow Bridge?" --db x.db
"$V" ask "Who opened a bookshop in Poznan?" --db x.db
