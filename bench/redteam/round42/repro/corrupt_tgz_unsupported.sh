#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A corrupt .tgz (a supported archive type) is reported as 'unsupported format (gzip archive)'.
python3 -c "import os; open('c.tgz','wb').write(b'\x1f\x8b\x08\x00'+os.urandom(500))"
$V build c.tgz --db t.db; echo "exit $?"
echo "expected: Error: c.tgz: corrupt archive"
