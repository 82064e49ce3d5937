#!/bin/bash
# Low: a symlink to a directory outside the folder is skipped without being listed by --verbose or counted.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
mkdir folder; printf 'Victor Hugo lived in Paris in 1851.\n' > folder/a.txt; ln -s /etc folder/etc_link; ln -s /etc/hostname folder/host.txt
"$V" build --db t.db --verbose folder 2>&1 | grep -E 'etc_link|host.txt|skipped|built' ; echo "(etc_link is never mentioned)"
