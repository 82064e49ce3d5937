#!/bin/bash
# export tei/csv -o FOLDER silently overwrites a user's file that has the name of an export file
. "$(dirname "$0")/_common.sh"
printf 'The Sopot pier was built in 1827.\n' > pier.txt
"$V" build pier.txt --db x.db >/dev/null 2>&1
mkdir out; echo "MY OWN NOTES - do not lose" > out/pier.xml; echo "my table" > out2.keep
"$V" export --db x.db --format tei -o out; echo "rc=$?"
head -2 out/pier.xml   # observed: the user's notes replaced by TEI, no mention; publish refuses such files
mkdir csv; echo "my own documents list" > csv/documents.csv
"$V" export --db x.db --format csv -o csv; head -1 csv/documents.csv
