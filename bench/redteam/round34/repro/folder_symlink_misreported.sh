#!/bin/bash
# in a scanned folder, a dangling symlink without a document extension is reported as "unsupported format (no extension file)";
# the same dangling link named *.txt is reported correctly as "broken symbolic link"
. "$(dirname "$0")/_common.sh"
mkdir -p docs; printf 'Quay\n\nThe quay opened in 1911 in Gdynia.\n' > docs/a.txt
ln -s ../nowhere docs/linkdir; ln -s ../nowhere docs/dangling.txt
"$V" build docs --db x.db -v 2>&1 | grep -v '^building'
