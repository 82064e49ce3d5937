#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: CSL-JSON 'issued' is null though the catalogue (and the title) give a date; title is the file stem though the catalogue has a title
printf 'Harrogate Magistrates Court, Case No. HM-1927-019.\n\nWitness: Clara Webb, sworn.\n' > C08_transcript.txt
printf 'identifier,title,date\nC08,In re A.B. transcript,1927-04-02\n' > cat.csv
"$V" build C08_transcript.txt --db t.db --catalogue cat.csv >/dev/null 2>&1
"$V" export --db t.db --format csl
