#!/bin/bash
# row.sh ID CLASS INPUT COMMAND EXPECTED OBSERVED VERDICT
echo -e "$1\t$2\t$3\t$4\t$5\t$6\t$7" >> /work/redteam44/rows.tsv
