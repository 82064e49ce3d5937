#!/bin/bash
# On a terminal with TERM=dumb (or NO_COLOR=1), search still prints ANSI bold/underline/dim sequences.
. "$(dirname "$0")/_common.sh"
"$V" build --db x.db doc.txt 2>/dev/null
TERM=dumb script -qec "$V search strike --db x.db --limit 1" /dev/null | cat -v
NO_COLOR=1 TERM=xterm script -qec "$V search strike --db x.db --limit 1" /dev/null | cat -v   # ^[[1m … ^[[0m present
