#!/bin/bash
# A catalogue CSV whose key column (here "identifier") is empty in every row is accepted silently:
# "catalogue soldiers.csv: 0 records", exit 0, no warning that its 2 rows were dropped for want of a key.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Minutes\n\nAlderman James Whitworth was elected Mayor.\n' > minutes_1894.txt
printf 'name,identifier,rank,service_number\nWilliam Ackroyd,,Pte.,7712\nGeorge Hollins,,Pte.,1066\n' > soldiers.csv
$V build minutes_1894.txt --db t.db --catalogue soldiers.csv; echo "exit $?"
