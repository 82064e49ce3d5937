#!/bin/bash
# usage: V=/path/to/vitrina ./THIS.sh
V=${V:-/work/redteam26/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd "$T"
# One stray NUL byte makes an otherwise ordinary UTF-8 text file 'unsupported format (binary data)'; UTF-16 without BOM too.
printf 'The Siege\n\nOn 8 September 1941 German forces cut the last land route to Lenin\0grad. Dmitri Shostakovich was a fire warden.\n' > nul.txt
$V build nul.txt --db x.db; echo "exit=$?"
python3 -c "open('u16.txt','wb').write('Title\n\nJohn Smith visited London in 1888.\n'.encode('utf-16-le'))"
$V build u16.txt --db y.db; echo "exit=$?"
