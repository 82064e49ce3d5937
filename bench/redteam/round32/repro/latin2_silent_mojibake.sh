#!/bin/bash
# Defect: an ISO-8859-2 (Latin-2, Polish) .txt is silently decoded as cp1252/Latin-1: mojibake, no warning.
. "$(dirname "$0")/_common.sh"
python3 -c 'open("letters.txt","wb").write("Letters\n\nIn 1941 Maria Kowalska arrived in Gdańsk. Żółć zażółcić.\n".encode("iso-8859-2"))'
"$V" build letters.txt --db x.db 2> build.err; echo "build exit $?"; cat build.err
"$V" export --db x.db --format json | python3 -c 'import json,sys; t=json.load(sys.stdin)["documents"][0]["text"]; print(repr(t)); print("DEFECT: mojibake (Gdañsk) and no warning" if "Gdañsk" in t else "ok")'
grep -qi warning build.err || echo "DEFECT: no 'Warning' line was printed"
