#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: empty members are called copies 'kept once as a source', then refused; N empty members counted as 1
python3 -c "
import zipfile; z=zipfile.ZipFile('a.zip','w')
for n in 'abcde': z.writestr(n+'.txt','')
z.writestr('good.txt','Maria Keller sang in Leeds in 1923.'); z.close()"
"$V" build a.zip --db t.db --verbose
