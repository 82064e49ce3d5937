#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D2: a TEI folder re-export keeps the files of documents that were dropped, calling them "other files"
mkdir box; echo 'Doris Wrigley spoke in Boston in 1953.' > box/a.txt; echo 'Reg Boston drove a lorry from Wisbech in 1953.' > box/withdrawn.txt
run build box --db x.db >/dev/null 2>&1; run export --db x.db --format tei -o tei >/dev/null
rm box/withdrawn.txt; run build box --db x.db 2>&1 | grep Dropped
run export --db x.db --format tei -o tei; ls tei; grep withdrawn tei/.vitrina-export
test -e tei/withdrawn.xml
