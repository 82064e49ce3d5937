#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# A false-premise question is answered with a passage that does not support it.
printf '# Pocket diary of Thomas Albright, 1889\n\n**Monday 4 March.** Telegram from Bristol in the morning papers: the mill burned on Saturday night. Wired Eleanor at once.\n' > d.md
"$V" build d.md --db t.db 2>/dev/null
"$V" ask "Why did Thomas Albright burn the mill?" --db t.db   # expected: the sources don't say; observed: an 'answer' at 0.47
