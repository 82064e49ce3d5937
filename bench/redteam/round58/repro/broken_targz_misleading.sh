#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
mkdir d; echo "Tar text about Hobart." > d/a.txt; tar czf ok.tar.gz d; head -c 60 ok.tar.gz > broken.tar.gz
$V build broken.tar.gz --db t.db; echo "rc=$?"
# expected: 'Error: broken.tar.gz: corrupt/truncated archive'; observed: 'unsupported format (gzip archive); supported: PDF, DOCX, ...' (archives are supported; the list omits them)
