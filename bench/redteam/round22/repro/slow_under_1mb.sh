#!/bin/bash
# FAIL (budget): inputs well under 1 MB exceed the 10 s per-input budget (vitrina's own --time-limit 10 kills them).
# 120 KB file whose first line is 120,000 characters: >30 s; 730 KB single line of words: >10 s.
# Caveat: measured on a shared 2-core machine at load ~9; a 120 KB ordinary prose file also hit the 10 s limit there.
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"; mkdir in
python3 -c "
open('in/longtitle.txt','w').write('T'*120000+' Paris\n\nGustave Eiffel built a tower in Paris in 1889.\n')"
/usr/bin/time -f "elapsed=%es maxrss=%MKB" timeout 120 prlimit --as=4000000000 "$V" build in --db x.db --time-limit 30
echo "exit=$?  (expect: Error: in/longtitle.txt: took longer than 30 s)"
