#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# Roman-numeral dates are not read; the numerals become person entities.
printf 'Le XXI mars MDCCXI un vaisseau hollandois a fait naufrage.\n\nDie XXII Martii MDCCXI sepulti sunt XXXVII corpora.\n\nOn the xxi. day of March MDCCXI the ship was lost.\n' > chron.txt
$V build chron.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o csv >/dev/null; echo '--- dates'; cat csv/dates.csv; echo '--- entities'; cut -d, -f1-3 csv/entities.csv
