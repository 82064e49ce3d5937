#!/bin/bash
# Defect: a .csv (or other non-listed extension) named on the command line is built as plain text,
# although README says a file of another format named on the command line is refused at once.
V=${V:-/work/redteam30/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'name,type\nParis,place\n' > data.csv
"$V" build data.csv --db d.db; echo "rc=$?  (expected: Error: data.csv: unsupported format ..., rc 1)"
echo '{"a": "Paris 1944"}' > notes.json; echo 'import os  # Paris 1944' > script.py
"$V" build notes.json script.py --db j.db; echo "rc=$?  (.json and .py named on the command line: also built as documents)"
mkdir f; cp data.csv notes.json f/; echo "Paris 1944." > f/ok.txt
"$V" build f --db f.db --verbose; echo "rc=$?  (in a folder the same files are 'Skipped: unsupported format')"
