#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A readable .txt with a few stray NUL bytes is refused whole as 'unsupported format (binary data)'.
python3 -c "open('n.txt','wb').write(b'John Hartwell\x00 was a wheelwright in Ashcombe Parva in 1851.\n'*20)"
$V build n.txt --db t.db; echo "exit $?"
echo "expected: text read (NULs dropped with a warning) or an error naming NUL bytes"
