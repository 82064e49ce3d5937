#!/bin/bash
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Southern journey\n\nCamp Markwell, named for our patron Sir Clement Markwell, pitched at 8,900 feet. On 18 January 1910 the Anvil was renamed Mount Markwell.\n' > s.txt
$V build s.txt --db t.db >/dev/null 2>&1
$V search Markwell --db t.db --entity markwell; echo "rc=$?"
# expected: suggestions include person-clement-markwell (its name contains Markwell); observed: only the camp/mount ids
