#!/bin/bash
# a file that was built, then becomes unreadable: its old document stays and the summary calls it "unchanged"
. "$(dirname "$0")/_common.sh"
mkdir d; printf 'Quay\n\nThe quay opened in 1911 in Gdynia.\n' > d/a.txt; printf 'Pier\n\nThe pier opened in 1827.\n' > d/b.txt
"$V" build d --db x.db 2>&1 | tail -1
head -c 5000 /dev/urandom > d/a.txt
"$V" build d --db x.db 2>&1 | grep -v '^building'; "$V" search quay --db x.db | tail -3
