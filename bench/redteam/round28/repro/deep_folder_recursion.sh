#!/bin/bash
# A folder nested ~990 levels deep (path ~2 KB, well under PATH_MAX) crashes the folder walk.
. "$(dirname "$0")/_common.sh"
python3 -c "
import os
os.mkdir('deep'); os.chdir('deep')
for i in range(990):
    os.mkdir('a'); os.chdir('a')
open('bottom.txt','w').write('Piotr Zielinski left Gdynia in 1939.\n')"
"$V" build --db x.db deep; echo "exit $?"   # observed: Error: internal error: RecursionError: maximum recursion depth exceeded, exit 1
