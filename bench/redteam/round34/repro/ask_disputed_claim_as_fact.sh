#!/bin/bash
# ask answers a claim that the text explicitly says has no evidence, with high confidence
. "$(dirname "$0")/_common.sh"
printf '# Rumours\n\nIt is often claimed that Napoleon visited the castle in 1807, but there is no evidence that he ever did. The castle was never besieged.\n' > rumours.md
"$V" build rumours.md --db x.db >/dev/null 2>&1
"$V" ask "When did Napoleon visit the castle?" --db x.db   # observed: 1807 (confidence 0.98); expected: the sources don't say / disputed
