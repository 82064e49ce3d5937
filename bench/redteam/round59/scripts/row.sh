#!/bin/bash
# row.sh ID CLASS INPUT COMMAND EXPECTED OBSERVED VERDICT
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> /work/redteam59/rows.tsv
