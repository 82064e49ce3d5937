#!/bin/bash
# publish of a damaged db first says the folder "holds a site stopped part-way; publish again into it to finish it"
. "$(dirname "$0")/_common.sh"
printf 'Quay\n\nThe quay opened in 1911 in Gdynia.\n' > a.txt
"$V" build a.txt --db x.db >/dev/null 2>&1
python3 -c "
f=open('x.db','r+b'); import os; n=os.path.getsize('x.db'); f.seek(n//3); f.write(b'\xde\xad\xbe\xef'*2000)"
"$V" publish --db x.db --static site; echo "rc=$?"; ls -A site
