#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# Static site file names hex-escape '_' (census_1851 -> census_5f1851) unlike the served URLs; undocumented.
echo "Census of 1851 at Exeter." > census_1851_notes.txt; $V build census_1851_notes.txt --db t.db >/dev/null 2>&1
$V publish --db t.db --static site >/dev/null 2>&1; ls site/documents
echo "served: /documents/census_1851_notes.json"
