#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D11: renaming a file changes its document id, so every citation and URL to it breaks
mkdir box; printf 'Walter Dunmore spoke of Nellie Garfield in Boston in 1953.\n' > box/BCS-007_dunmore_walter.txt
run build box --db x.db >/dev/null 2>&1; run search Nellie --db x.db --json > a.json
mv box/BCS-007_dunmore_walter.txt 'box/BCS-007 dunmore walter (rev).txt'; run build box --db x.db 2>&1 | grep Renamed
run search Nellie --db x.db --json > b.json
python3 -c "
import json,sys;a=json.load(open('a.json'))['hits'][0]['document'];b=json.load(open('b.json'))['hits'][0]['document'];print(a,'->',b);sys.exit(0 if a!=b else 1)"
